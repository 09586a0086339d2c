using NrwBot.Dialogs.Knowledge;

namespace NrwBot.Dialogs.Digest;

/// <summary>One logged question: what was asked, what the bot did, and the 👍/👎 it got (null when none).</summary>
public sealed record DigestQuestion(
    string Text,
    KnowledgeDecision Decision,
    string? ArticleId,
    KnowledgeFeedback? Feedback,
    DateTimeOffset AskedAt)
{
    /// <summary>The title of <see cref="ArticleId"/> at the time of the digest, for readers who do not know the ids.</summary>
    public string? ArticleTitle { get; init; }

    /// <summary>The Kreis/Stadt of the asker's profile when asked; null without a profile or for questions logged before it was kept.</summary>
    public string? Region { get; init; }
}
