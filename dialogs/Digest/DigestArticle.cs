namespace NrwBot.Dialogs.Digest;

/// <summary>A knowledge article past its valid_until, for the LKS to review.</summary>
public sealed record DigestArticle(string Id, string Title, DateOnly ValidUntil);
