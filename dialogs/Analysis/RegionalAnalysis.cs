using NrwBot.Dialogs.Digest;

namespace NrwBot.Dialogs.Analysis;

/// <summary>
/// Builds a regional analysis the one way the chat, the digest and the command line share: every source's facts
/// of the period, counted by category for the area and for NRW.
/// </summary>
public sealed class RegionalAnalysis(
    IRequestFigures requests,
    IUnansweredQuestionFigures questions,
    ISupportNeedFigures needs,
    IMaterialFigures materials,
    INetworkQuestionFigures network,
    AnalysisAreas areas)
{
    public AnalysisAreas Areas => areas;

    /// <summary>Every source's facts of the period (read once, then compared for as many areas as needed).</summary>
    public async Task<IReadOnlyList<(RegionalFigure Figure, IReadOnlyList<RegionalFact> Facts)>> LoadAsync(DigestPeriod period, CancellationToken cancellationToken)
    {
        var loaded = new List<(RegionalFigure, IReadOnlyList<RegionalFact>)>();
        foreach (var source in new IRegionalFigures[] { requests, questions, needs, materials, network })
            loaded.Add((source.Figure, await source.FactsAsync(period, cancellationToken)));
        return loaded;
    }

    public async Task<RegionalReport> BuildAsync(AnalysisArea area, DigestPeriod period, CancellationToken cancellationToken) =>
        Compare(area, period, await LoadAsync(period, cancellationToken));

    /// <summary>The digest's section: its region (a Kreis or kreisfreie Stadt) against NRW, or every Regierungsbezirk.</summary>
    public async Task<RegionalDigest> ForDigestAsync(DigestPeriod period, string? region, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(period, cancellationToken);
        var shown = region is not null && areas.OfRegion(region) is { } area ? [area] : areas.Bezirke();
        return new RegionalDigest(shown.Select(each => Compare(each, period, loaded)).ToList());
    }

    public RegionalReport Compare(AnalysisArea area, DigestPeriod period, IReadOnlyList<(RegionalFigure Figure, IReadOnlyList<RegionalFact> Facts)> loaded)
    {
        var sections = loaded.Select(entry => Section(area, entry.Figure, entry.Facts)).ToList();
        var active = loaded.SelectMany(entry => entry.Facts).Select(fact => fact.Region).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new RegionalReport(area, period, sections, RegionalDifferences.Of(sections),
            active.Count(area.Contains), active.Count, areas.AllRegions);
    }

    private static RegionalSection Section(AnalysisArea area, RegionalFigure figure, IReadOnlyList<RegionalFact> facts)
    {
        var rows = facts.GroupBy(fact => fact.Category, StringComparer.Ordinal)
            .Select(group => new RegionalRow(group.Key, group.Count(fact => area.Contains(fact.Region)), group.Count()))
            .OrderByDescending(row => row.Nrw).ThenByDescending(row => row.Area).ThenBy(row => row.Category, StringComparer.Ordinal)
            .ToList();
        return new RegionalSection(figure, rows, Attributable: facts.Count == 0 || facts.Any(fact => fact.Region is not null));
    }
}
