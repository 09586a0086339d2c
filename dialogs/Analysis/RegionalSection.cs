namespace NrwBot.Dialogs.Analysis;

/// <summary>
/// One figure of the analysis by category. <see cref="Attributable"/> is false when its source knows no regions
/// (the question log is pseudonymous): then only NRW's numbers mean something.
/// </summary>
public sealed record RegionalSection(RegionalFigure Figure, IReadOnlyList<RegionalRow> Rows, bool Attributable)
{
    public int AreaTotal => Rows.Sum(row => row.Area);
    public int NrwTotal => Rows.Sum(row => row.Nrw);
}
