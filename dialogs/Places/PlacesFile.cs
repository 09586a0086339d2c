using System.Text.Json.Serialization;

namespace NrwBot.Dialogs.Places;

/// <summary>The shape of <c>places/nrw-places.json</c>.</summary>
internal sealed record PlacesFile(
    [property: JsonPropertyName("regierungsbezirke")] List<string> Regierungsbezirke,
    [property: JsonPropertyName("regions")] List<PlacesFile.RegionEntry> Regions,
    [property: JsonPropertyName("areas")] List<PlacesFile.AreaEntry>? Areas,
    [property: JsonPropertyName("regierungsbezirkAliases")] Dictionary<string, List<string>>? RegierungsbezirkAliases)
{
    public const string Kreis = "kreis";
    public const string KreisfreieStadt = "kreisfreie-stadt";

    public sealed record RegionEntry(
        string Name,
        string Kind,
        string Regierungsbezirk,
        List<string>? Codes,
        List<string>? Aliases,
        List<string>? Gemeinden,
        Dictionary<string, List<string>>? GemeindeAliases);

    public sealed record AreaEntry(string Name, List<string> Regions);
}
