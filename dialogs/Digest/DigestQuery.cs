namespace NrwBot.Dialogs.Digest;

/// <summary>
/// What digest to build: the period, optionally only the requests of one region (its catalogue name), and for
/// scheduled digests when it was due and whether it goes out late.
/// </summary>
public sealed record DigestQuery(DigestPeriod Period)
{
    public string? Region { get; init; }
    public bool Late { get; init; }
    public DateTimeOffset? DueAt { get; init; }
}
