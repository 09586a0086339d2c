using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NrwBot.Host.Knowledge;

/// <summary>
/// A draft of the LKS waiting for a second member (table knowledge_drafts): a phrasing to add to an article, a new
/// article or a change of one (the whole content as JSON). Holds question texts, never who asked them; the author and
/// reviewer are LKS members.
/// </summary>
public sealed class KnowledgeDraftRecord
{
    public long Id { get; set; }
    public required string ArticleId { get; set; }
    public required string Phrasing { get; set; }
    public required string AuthorKey { get; set; }
    public required string AuthorName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>open, approved or returned.</summary>
    public required string State { get; set; }

    public string? ReviewerName { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? Comment { get; set; }

    /// <summary>phrasing, new or change.</summary>
    public string Kind { get; set; } = "phrasing";

    /// <summary>The article as drafted (JSON), for new and change; <see cref="Phrasing"/> then holds its title.</summary>
    public string? Content { get; set; }

    /// <summary>For a change: the published version it was made from.</summary>
    public int? BaseVersion { get; set; }
}

public sealed class KnowledgeDraftRecordConfiguration : IEntityTypeConfiguration<KnowledgeDraftRecord>
{
    public void Configure(EntityTypeBuilder<KnowledgeDraftRecord> entity)
    {
        entity.ToTable("knowledge_drafts");
        entity.HasKey(record => record.Id);
        entity.Property(record => record.ArticleId).HasMaxLength(200);
        entity.Property(record => record.Phrasing).HasMaxLength(1000);
        entity.Property(record => record.AuthorKey).HasMaxLength(200);
        entity.Property(record => record.AuthorName).HasMaxLength(200);
        entity.Property(record => record.State).HasMaxLength(20);
        entity.Property(record => record.ReviewerName).HasMaxLength(200);
        entity.Property(record => record.Comment).HasMaxLength(1000);
        entity.Property(record => record.Kind).HasMaxLength(20).HasDefaultValue("phrasing");
        entity.Property(record => record.Content).HasMaxLength(20000);
        entity.HasIndex(record => record.State);
    }
}

/// <summary>
/// A wording the LKS marked „Ist keine Frage für NrwBot“ (table knowledge_dismissed_questions): folded, so the same
/// question asked again is not listed under Lernen again. The text only, never who asked it.
/// </summary>
public sealed class KnowledgeDismissedQuestionRecord
{
    public required string FoldedText { get; set; }
    public required string Text { get; set; }
    public required string DismissedBy { get; set; }
    public DateTimeOffset DismissedAt { get; set; }
}

public sealed class KnowledgeDismissedQuestionRecordConfiguration : IEntityTypeConfiguration<KnowledgeDismissedQuestionRecord>
{
    public void Configure(EntityTypeBuilder<KnowledgeDismissedQuestionRecord> entity)
    {
        entity.ToTable("knowledge_dismissed_questions");
        entity.HasKey(record => record.FoldedText);
        entity.Property(record => record.FoldedText).HasMaxLength(1000);
        entity.Property(record => record.Text).HasMaxLength(1000);
        entity.Property(record => record.DismissedBy).HasMaxLength(200);
    }
}
