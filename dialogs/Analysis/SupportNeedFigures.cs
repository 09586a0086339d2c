using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.Requests.Categories;
using NrwBot.Dialogs.Results;

namespace NrwBot.Dialogs.Analysis;

/// <summary>
/// The support needs of the meeting results recorded for meetings held in the period, in the request categories
/// they were classified into; a bullet of an office's sub-list belongs to that office's Kreis or kreisfreie Stadt.
/// </summary>
public sealed class SupportNeedFigures(IResultsStore results, IRegionDirectory regions, CategoryCatalog categories) : ISupportNeedFigures
{
    public RegionalFigure Figure => RegionalFigure.SupportNeeds;

    public async Task<IReadOnlyList<RegionalFact>> FactsAsync(DigestPeriod period, CancellationToken cancellationToken) =>
        (await results.ItemsAsync(period.From, period.To, cancellationToken))
            .Where(item => item.SupportNeedCategory is not null)
            .Select(item => new RegionalFact(RegionOf(item.Place), categories.ById(item.SupportNeedCategory!)?.Title ?? item.SupportNeedCategory!))
            .ToList();

    private string? RegionOf(string? place) => place is null ? null : regions.Find(place) is [var region] ? region.Name : null;
}
