using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NrwBot.Host.Knowledge;

/// <summary>One logged question (pseudonymous), with what the bot did and what the user said about it.</summary>
public sealed class QuestionRecord
{
    public long Id { get; set; }
    public required string UserKey { get; set; }
    public required string Question { get; set; }
    public string? ArticleId { get; set; }
    public required string Decision { get; set; }
    public double Confidence { get; set; }
    public DateTimeOffset AskedAt { get; set; }
    public string? FollowUpArticleId { get; set; }
    public string? Feedback { get; set; }

    /// <summary>What the asker said was missing after a 👎 (at most <see cref="MaxCommentLength"/> characters).</summary>
    public string? FeedbackComment { get; set; }

    public const int MaxCommentLength = 500;

    /// <summary>The Kreis/Stadt of the asker's profile when asked (null without a profile): the regional analysis counts unanswered questions by it.</summary>
    public string? Region { get; set; }
}

public sealed class QuestionRecordConfiguration : IEntityTypeConfiguration<QuestionRecord>
{
    public void Configure(EntityTypeBuilder<QuestionRecord> entity)
    {
        entity.ToTable("questions");
        entity.HasKey(record => record.Id);
        entity.Property(record => record.Question).HasMaxLength(4000);
        entity.Property(record => record.FeedbackComment).HasMaxLength(QuestionRecord.MaxCommentLength);
        entity.Property(record => record.Region).HasMaxLength(200);
        entity.HasIndex(record => record.AskedAt);
        entity.HasIndex(record => record.UserKey);
    }
}
