namespace NrwBot.Dialogs.Digest;

/// <summary>A requester's rating of a request (1–5, optional comment), as a fact for the digest: no name, no request text.</summary>
public sealed record DigestRating(int Stars, string? Comment, DateTimeOffset At);

/// <summary>The ratings given in the period for one category: how many, the average, and the comments (redacted, without names).</summary>
public sealed record DigestRatingSummary(string Category, int Count, double Average, IReadOnlyList<string> Comments);
