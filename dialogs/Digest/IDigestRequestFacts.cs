namespace NrwBot.Dialogs.Digest;

/// <summary>
/// The support requests for the digest, provided by the request feature. Returns every request created before
/// <paramref name="to"/> that was created at or after <paramref name="from"/> or was still open at <paramref name="from"/>.
/// </summary>
public interface IDigestRequestFacts
{
    Task<IReadOnlyList<DigestRequest>> RequestsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
