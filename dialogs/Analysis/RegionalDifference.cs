namespace NrwBot.Dialogs.Analysis;

/// <summary>A category whose share of a figure in the area differs clearly from its share in NRW.</summary>
public sealed record RegionalDifference(RegionalFigure Figure, string Category, int Area, int AreaTotal, int Nrw, int NrwTotal)
{
    public double AreaShare => (double)Area / AreaTotal;
    public double NrwShare => (double)Nrw / NrwTotal;

    /// <summary>2 = twice as often as in the Landesschnitt, 0.5 = half as often.</summary>
    public double Ratio => AreaShare / NrwShare;
}
