using NrwBot.Dialogs.Digest;

namespace NrwBot.Dialogs.Analysis;

/// <summary>The support requests filed in the period, from the same facts the digest counts.</summary>
public sealed class RequestFigures(IDigestRequestFacts requests) : IRequestFigures
{
    public RegionalFigure Figure => RegionalFigure.SupportRequests;

    public async Task<IReadOnlyList<RegionalFact>> FactsAsync(DigestPeriod period, CancellationToken cancellationToken) =>
        (await requests.RequestsAsync(period.Start, period.End, cancellationToken))
            .Where(request => period.Contains(request.CreatedAt))
            .Select(request => new RegionalFact(request.Region, request.Category))
            .ToList();
}
