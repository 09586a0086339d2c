namespace NrwBot.Dialogs.Digest;

/// <summary>
/// One request of the period for the CSV export: only category, region, state and dates (no text, no names), so
/// the file can be passed on. Dates are local dates in the digest's time zone; <see cref="Stars"/> is the requester's rating (1–5), if any.
/// </summary>
public sealed record DigestRequestRow(string Number, string Category, string? Region, DigestRequestState State, DateOnly Created, DateOnly? Resolved, int? Stars = null);
