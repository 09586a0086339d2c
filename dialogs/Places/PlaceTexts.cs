namespace NrwBot.Dialogs.Places;

/// <summary>What the places feature says (command line and place descriptions), in one place so the LKS can reword it.</summary>
public static class PlaceTexts
{
    public static readonly Text Usage = new("Aufruf: place \"<Ortsname>\" [--json]   z. B. place \"Lübbecke\" --json");
    public static readonly Text NotFound = new("„{0}“: kein Ort in NRW gefunden.");
    public static readonly Text Ambiguous = new("„{0}“ kann mehreres bedeuten:");
    public static readonly Text Approximate = new("(ähnlich geschrieben wie „{0}“)");
    public static readonly Text FoundLine = new("{0}: {1} (Regierungsbezirk {2})");
    public static readonly Text Gemeinde = new("Gemeinde {0}");
    public static readonly Text KreisfreieStadt = new("kreisfreie Stadt");
    public static readonly Text Kreis = new("Kreis");
    public static readonly Text Regierungsbezirk = new("Regierungsbezirk");
    public static readonly Text InCity = new("in {0}");
    public static readonly Text InStaedteregion = new("in der {0}");
    public static readonly Text InKreis = new("im {0}");

    /// <summary>"Märkischer Kreis" → "im Märkischen Kreis": {0} is the name without "er Kreis".</summary>
    public static readonly Text InAdjectiveKreis = new("im {0}en Kreis");

    /// <summary>"Gemeinde im Kreis Minden-Lübbecke", "kreisfreie Stadt", "Kreis": what a place is, in a few words.</summary>
    public static string Describe(Place place) => place.Kind switch
    {
        PlaceKind.Gemeinde => Gemeinde.Format(In(place.Region!)),
        PlaceKind.KreisfreieStadt => KreisfreieStadt.German,
        PlaceKind.Kreis => Kreis.German,
        _ => Regierungsbezirk.German,
    };

    /// <summary>The region with the right preposition and case: "im Kreis Düren", "im Märkischen Kreis", "in der Städteregion Aachen", "in Hamm".</summary>
    public static string In(Region region)
    {
        if (region.Kind == RegionKind.KreisfreieStadt) return InCity.Format(region.Name);
        if (region.Name.StartsWith("Städteregion", StringComparison.Ordinal)) return InStaedteregion.Format(region.Name);
        // Adjective names take the dative ending: "Märkischer Kreis" → "im Märkischen Kreis".
        return region.Name.EndsWith("er Kreis", StringComparison.Ordinal)
            ? InAdjectiveKreis.Format(region.Name[..^"er Kreis".Length])
            : InKreis.Format(region.Name);
    }

    // Content check of the places file
    public static readonly Text FileRegionTwice = new("Region „{0}“ steht zweimal in der Datei.");
    public static readonly Text FileGemeindeTwice = new("Gemeinde „{0}“ steht unter „{1}“ und unter „{2}“.");
    public static readonly Text FileAreaUnknownRegion = new("Landschaft „{0}“: unbekannte Region „{1}“.");
    public static readonly Text FileVariantsUnknownBezirk = new("Namensvarianten für unbekannten Regierungsbezirk „{0}“.");
    public static readonly Text FileRegionWithoutName = new("Eine Region hat keinen Namen.");
    public static readonly Text FileBadRegionKind = new("„{0}“: Art „{1}“ ist weder „kreis“ noch „kreisfreie-stadt“.");
    public static readonly Text FileUnknownBezirk = new("„{0}“: unbekannter Regierungsbezirk „{1}“.");
    public static readonly Text FileNoGemeinden = new("„{0}“: keine Gemeinden eingetragen.");
    public static readonly Text FileCityOnlyGemeinde = new("„{0}“: eine kreisfreie Stadt ist ihre einzige Gemeinde.");
    public static readonly Text FileShortFormUnknown = new("„{0}“: Kurzform für „{1}“, aber diese Gemeinde steht nicht in der Liste.");
}
