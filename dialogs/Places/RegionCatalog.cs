using System.Text.Json;
using System.Text.Json.Serialization;

namespace NrwBot.Dialogs.Places;

/// <summary>
/// The regions from the content file <c>places/nrw-places.json</c>. A name resolves through the region's
/// own name (with or without "Kreis"/"Stadt"), its aliases, its registration codes and its Gemeinden.
/// </summary>
public sealed class RegionCatalog : IRegionDirectory
{
    private static readonly string[] KindWords = ["kreis", "stadt", "staedteregion", "kreisfreie stadt"];
    private readonly Dictionary<string, List<Region>> _byFoldedName = [];

    public RegionCatalog(IReadOnlyList<Region> regions)
    {
        Regions = regions;
        foreach (var region in regions)
        {
            foreach (var name in NamesOf(region)) Add(name, region);
        }
    }

    public IReadOnlyList<Region> Regions { get; }

    public static RegionCatalog Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<PlacesFile>(stream, JsonOptions) ?? throw new InvalidDataException($"{path}: empty file");
        return new RegionCatalog(file.Regions.Select(ToRegion).ToList());
    }

    public IReadOnlyList<Region> Find(string name)
    {
        var folded = PlaceNames.Fold(name);
        if (_byFoldedName.TryGetValue(folded, out var regions)) return regions;
        foreach (var word in KindWords)
        {
            if (folded.StartsWith(word + " ", StringComparison.Ordinal) && _byFoldedName.TryGetValue(folded[(word.Length + 1)..], out regions))
                return regions;
        }
        return [];
    }

    public Region? ByName(string name) => Regions.FirstOrDefault(region => region.Name == name);

    private void Add(string name, Region region)
    {
        var key = PlaceNames.Fold(name);
        if (!_byFoldedName.TryGetValue(key, out var list)) _byFoldedName[key] = list = [];
        if (!list.Contains(region)) list.Add(region);
    }

    private static IEnumerable<string> NamesOf(Region region)
    {
        yield return region.Name;
        foreach (var word in new[] { "Kreis ", "Städteregion " })
        {
            if (region.Name.StartsWith(word, StringComparison.Ordinal)) yield return region.Name[word.Length..];
        }
        foreach (var alias in region.Aliases) yield return alias;
        foreach (var code in region.Codes) yield return code;
        foreach (var gemeinde in region.Gemeinden) yield return gemeinde;
    }

    private static Region ToRegion(PlacesFile.RegionEntry entry) => new(
        entry.Name,
        entry.Kind == "kreisfreie-stadt" ? RegionKind.KreisfreieStadt : RegionKind.Kreis,
        entry.Regierungsbezirk)
    {
        Codes = entry.Codes ?? [],
        Aliases = entry.Aliases ?? [],
        Gemeinden = entry.Gemeinden ?? [],
    };

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record PlacesFile([property: JsonPropertyName("regions")] List<PlacesFile.RegionEntry> Regions)
    {
        public sealed record RegionEntry(string Name, string Kind, string Regierungsbezirk, List<string>? Codes, List<string>? Aliases, List<string>? Gemeinden);
    }
}
