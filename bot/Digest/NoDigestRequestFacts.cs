using NrwBot.Dialogs.Digest;

namespace NrwBot.Host.Digest;

/// <summary>No requests until the request feature registers its own <see cref="IDigestRequestFacts"/>.</summary>
public sealed class NoDigestRequestFacts : IDigestRequestFacts
{
    public Task<IReadOnlyList<DigestRequest>> RequestsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DigestRequest>>([]);
}
