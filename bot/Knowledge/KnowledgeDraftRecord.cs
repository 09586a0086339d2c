using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NrwBot.Host.Knowledge;

/// <summary>
/// A draft of the LKS waiting for a second member (table knowledge_drafts): for now a phrasing to add to an article.
/// Holds the question's text, never who asked it; the author and reviewer are LKS members.
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
        entity.HasIndex(record => record.State);
    }
}
