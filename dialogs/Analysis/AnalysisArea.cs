namespace NrwBot.Dialogs.Analysis;

/// <summary>
/// What a regional analysis looks at: one Kreis or kreisfreie Stadt, or a Regierungsbezirk with all of its
/// Kreise and Städte (<see cref="Regions"/>, the catalogue's names). <see cref="Name"/> is what the user reads.
/// </summary>
public sealed record AnalysisArea(string Name, IReadOnlySet<string> Regions)
{
    public bool Contains(string? region) => region is not null && Regions.Contains(region);
}
