namespace NrwBot.Dialogs.Digest;

/// <summary>
/// One support request as plain facts for the digest. <see cref="ResolvedAt"/> is when it was resolved or closed
/// (null while open). <see cref="Text"/> is the request as written; the digest redacts it before showing it.
/// <see cref="ConsentedRequesterName"/> is filled only when the requester agreed to be named to the LKS.
/// <see cref="Rating"/> is the requester's rating, if they gave one. <see cref="Due"/> is the service level's due date,
/// <see cref="FirstResponseAt"/> the first time the LKS acted on it (taken, assigned, answered, closed); notes do not count.
/// </summary>
public sealed record DigestRequest(
    string Number,
    string Category,
    string? Region,
    DigestRequestState State,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ResolvedAt,
    string? Holder,
    string Text,
    string? ConsentedRequesterName = null,
    DigestRating? Rating = null,
    DateOnly? Due = null,
    DateTimeOffset? FirstResponseAt = null);
