namespace NrwBot.Dialogs.Analysis;

/// <summary>
/// Finds the categories whose share in the area is at least <see cref="MinRatio"/> times (or at most its inverse)
/// their share in NRW. Only counts of <see cref="SmallNumbers.Threshold"/> and more in the area are compared, so a
/// named difference never reveals a number the tables hide.
/// </summary>
public static class RegionalDifferences
{
    public const double MinRatio = 1.5;
    public const int MaxNamed = 3;

    // Figures whose categories can be compared as shares; network questions are asked/answered, not a mix.
    private static readonly RegionalFigure[] Compared = [RegionalFigure.SupportRequests, RegionalFigure.SupportNeeds, RegionalFigure.MaterialsShared];

    public static IReadOnlyList<RegionalDifference> Of(IEnumerable<RegionalSection> sections) => sections
        .Where(section => section.Attributable && Compared.Contains(section.Figure) && section.AreaTotal >= SmallNumbers.Threshold && section.NrwTotal > 0)
        .SelectMany(section => section.Rows
            .Where(row => row.Area >= SmallNumbers.Threshold && row.Nrw > 0)
            .Select(row => new RegionalDifference(section.Figure, row.Category, row.Area, section.AreaTotal, row.Nrw, section.NrwTotal)))
        .Where(difference => difference.Ratio >= MinRatio || difference.Ratio <= 1 / MinRatio)
        .OrderByDescending(difference => Math.Abs(Math.Log(difference.Ratio)))
        .ThenBy(difference => difference.Category, StringComparer.Ordinal)
        .Take(MaxNamed)
        .ToList();
}
