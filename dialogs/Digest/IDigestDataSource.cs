namespace NrwBot.Dialogs.Digest;

/// <summary>
/// Where the digest's facts come from (the host reads them from the database). For a period it delivers:
/// the requests created from the start of the previous period (<see cref="DigestPeriod.Previous"/>) until the
/// period's end, and the older ones still open at that start; the questions asked in the period; the knowledge
/// articles expired at the period's end; the onboarding counts of the period.
/// </summary>
public interface IDigestDataSource
{
    Task<DigestInput> LoadAsync(DigestPeriod period, CancellationToken cancellationToken);
}
