using NrwBot.Dialogs.Digest;

namespace NrwBot.Dialogs.Analysis;

/// <summary>
/// A regional analysis: every figure by category for the area and NRW, the clearest differences, and the active
/// offices (Kreise and kreisfreie Städte with at least one attributable event in the period) out of all of them.
/// Numbers are exact here; <see cref="SmallNumbers"/> hides the area's small ones wherever they are shown.
/// </summary>
public sealed record RegionalReport(
    AnalysisArea Area,
    DigestPeriod Period,
    IReadOnlyList<RegionalSection> Sections,
    IReadOnlyList<RegionalDifference> Differences,
    int ActiveOffices,
    int ActiveOfficesNrw,
    int OfficesNrw)
{
    public int OfficesInArea => Area.Regions.Count;

    public RegionalSection Section(RegionalFigure figure) => Sections.First(section => section.Figure == figure);
}
