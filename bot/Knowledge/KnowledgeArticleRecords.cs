using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NrwBot.Host.Knowledge;

/// <summary>One article (table knowledge_articles): its id and the pointer to the version the bot serves.</summary>
public sealed class KnowledgeArticleRecord
{
    public required string Id { get; set; }

    /// <summary>The version the bot serves; null while an article has only drafts (none yet: every stored version was published).</summary>
    public int? PublishedVersion { get; set; }

    /// <summary>The highest version number given out, so the next one is <c>LatestVersion + 1</c>.</summary>
    public int LatestVersion { get; set; }
}

/// <summary>
/// One version of an article (table knowledge_article_versions), never changed once written. Lists (questions, tags,
/// forms) are JSON text, the same on SQLite and PostgreSQL.
/// </summary>
public sealed class KnowledgeArticleVersionRecord
{
    public required string ArticleId { get; set; }
    public int Version { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }

    /// <summary>The phrasings of the question, as a JSON array of strings.</summary>
    public required string Questions { get; set; }

    public required string Tags { get; set; }
    public required string Source { get; set; }

    /// <summary>JSON array of {"name", "url"}.</summary>
    public required string Forms { get; set; }

    public DateOnly Reviewed { get; set; }
    public DateOnly? ValidUntil { get; set; }

    /// <summary>beispiel, entwurf or geprüft (the words of the "status" field).</summary>
    public required string Status { get; set; }

    public required string ChangedBy { get; set; }
    public string? ApprovedBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public string? Note { get; set; }
}

/// <summary>
/// The one row (Id 1) whose <see cref="Revision"/> every change of the published knowledge raises in its
/// transaction: instances poll it to know when to reload, and taking its row lock first serialises the writers.
/// </summary>
public sealed class KnowledgeRevisionRecord
{
    public const int SingleId = 1;

    public int Id { get; set; }
    public long Revision { get; set; }
}

public sealed class KnowledgeArticleRecordConfiguration : IEntityTypeConfiguration<KnowledgeArticleRecord>
{
    public void Configure(EntityTypeBuilder<KnowledgeArticleRecord> entity)
    {
        entity.ToTable("knowledge_articles");
        entity.HasKey(record => record.Id);
        entity.Property(record => record.Id).HasMaxLength(200);
    }
}

public sealed class KnowledgeArticleVersionRecordConfiguration : IEntityTypeConfiguration<KnowledgeArticleVersionRecord>
{
    public void Configure(EntityTypeBuilder<KnowledgeArticleVersionRecord> entity)
    {
        entity.ToTable("knowledge_article_versions");
        entity.HasKey(record => new { record.ArticleId, record.Version });
        entity.Property(record => record.ArticleId).HasMaxLength(200);
        entity.Property(record => record.Title).HasMaxLength(500);
        entity.Property(record => record.Source).HasMaxLength(2000);
        entity.Property(record => record.Status).HasMaxLength(20);
        entity.Property(record => record.ChangedBy).HasMaxLength(200);
        entity.Property(record => record.ApprovedBy).HasMaxLength(200);
        entity.Property(record => record.Note).HasMaxLength(500);
        entity.HasOne<KnowledgeArticleRecord>().WithMany().HasForeignKey(record => record.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class KnowledgeRevisionRecordConfiguration : IEntityTypeConfiguration<KnowledgeRevisionRecord>
{
    public void Configure(EntityTypeBuilder<KnowledgeRevisionRecord> entity)
    {
        entity.ToTable("knowledge_revision");
        entity.HasKey(record => record.Id);
        entity.Property(record => record.Id).ValueGeneratedNever();
        entity.HasData(new KnowledgeRevisionRecord { Id = KnowledgeRevisionRecord.SingleId, Revision = 0 });
    }
}
