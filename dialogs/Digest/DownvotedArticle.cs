namespace NrwBot.Dialogs.Digest;

/// <summary>An article whose answers got 👎, how often, and the questions it was the answer to.</summary>
public sealed record DownvotedArticle(string ArticleId, string? Title, int Count, IReadOnlyList<string> Questions);
