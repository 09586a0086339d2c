using NrwBot.Dialogs.Digest;

namespace NrwBot.Tests.Digest;

/// <summary>The week-47 fixture requests in place of the request feature (as the lead will plug in the real one).</summary>
internal sealed class FixtureRequestFacts : IDigestRequestFacts
{
    public Task<IReadOnlyList<DigestRequest>> RequestsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DigestRequest>>(DigestFixture.Requests
            .Where(request => request.CreatedAt < to && (request.CreatedAt >= from || request.ResolvedAt is null || request.ResolvedAt >= from))
            .ToList());
}
