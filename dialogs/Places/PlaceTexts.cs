namespace NrwBot.Dialogs.Places;

/// <summary>What the places feature says (command line and place descriptions), in one place so the LKS can reword it.</summary>
public static class PlaceTexts
{
    public const string Usage = "Aufruf: place \"<Ortsname>\" [--json]   z. B. place \"Lübbecke\" --json";
    public const string NotFound = "„{0}“: kein Ort in NRW gefunden.";
    public const string Ambiguous = "„{0}“ kann mehreres bedeuten:";
    public const string Approximate = "(ähnlich geschrieben wie „{0}“)";
    public const string FoundLine = "{0}: {1} (Regierungsbezirk {2})";
    public const string Gemeinde = "Gemeinde {0}";
    public const string KreisfreieStadt = "kreisfreie Stadt";
    public const string Kreis = "Kreis";
    public const string Regierungsbezirk = "Regierungsbezirk";

    /// <summary>"Gemeinde im Kreis Minden-Lübbecke", "kreisfreie Stadt", "Kreis": what a place is, in a few words.</summary>
    public static string Describe(Place place) => place.Kind switch
    {
        PlaceKind.Gemeinde => string.Format(Gemeinde, In(place.Region!)),
        PlaceKind.KreisfreieStadt => KreisfreieStadt,
        PlaceKind.Kreis => Kreis,
        _ => Regierungsbezirk,
    };

    /// <summary>The region with the right preposition and case: "im Kreis Düren", "im Märkischen Kreis", "in der Städteregion Aachen", "in Hamm".</summary>
    public static string In(Region region)
    {
        if (region.Kind == RegionKind.KreisfreieStadt) return "in " + region.Name;
        if (region.Name.StartsWith("Städteregion", StringComparison.Ordinal)) return "in der " + region.Name;
        // Adjective names take the dative ending: "Märkischer Kreis" → "im Märkischen Kreis".
        return region.Name.EndsWith("er Kreis", StringComparison.Ordinal)
            ? "im " + region.Name[..^"er Kreis".Length] + "en Kreis"
            : "im " + region.Name;
    }
}
