namespace NrwBot.Dialogs.Places;

/// <summary>
/// A place in NRW: a Gemeinde (with the Kreis it lies in), a Kreis, a kreisfreie Stadt, or a Regierungsbezirk
/// (then <see cref="Region"/> is null).
/// </summary>
public sealed record Place(string Name, PlaceKind Kind, Region? Region, string Regierungsbezirk)
{
    /// <summary>A stable key for buttons: "gemeinde:Lübbecke", "kreis:Kreis Düren", "regierungsbezirk:Detmold".</summary>
    public string Id => $"{KindName}:{(Kind == PlaceKind.Regierungsbezirk ? Regierungsbezirk : Name)}";

    /// <summary>The kind as the command line and the content files spell it.</summary>
    public string KindName => Kind switch
    {
        PlaceKind.Gemeinde => "gemeinde",
        PlaceKind.Kreis => "kreis",
        PlaceKind.KreisfreieStadt => "kreisfreie-stadt",
        _ => "regierungsbezirk",
    };
}
