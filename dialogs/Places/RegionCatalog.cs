using System.Text.Json;
using System.Text.Json.Serialization;
using NrwBot.Dialogs.Content;

namespace NrwBot.Dialogs.Places;

/// <summary>
/// The regions from the content file <c>places/nrw-places.json</c>, checked on load. A name resolves through
/// the places index: official names of regions and Gemeinden, their variants, registration codes, the
/// Regierungsbezirke and the landscape names, tolerant of case, umlauts and typos in longer names.
/// </summary>
public sealed class RegionCatalog : IRegionDirectory
{
    public RegionCatalog(
        IReadOnlyList<Region> regions,
        IReadOnlyList<Area>? areas = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? regierungsbezirkAliases = null)
    {
        Regions = regions;
        Areas = areas ?? [];
        Regierungsbezirke = regions.Select(region => region.Regierungsbezirk).Distinct().Order(StringComparer.Ordinal).ToList();
        Gazetteer = new PlaceGazetteer(regions, Areas, regierungsbezirkAliases);
        Finder = new PlaceFinder(Gazetteer);
        Recognizer = new PlaceRecognizer(this);
    }

    public IReadOnlyList<Region> Regions { get; }

    public IReadOnlyList<Area> Areas { get; }

    public IReadOnlyList<string> Regierungsbezirke { get; }

    public PlaceGazetteer Gazetteer { get; }

    public PlaceFinder Finder { get; }

    public PlaceRecognizer Recognizer { get; }

    public static RegionCatalog Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<PlacesFile>(stream, JsonOptions) ?? throw new ContentException(ContentTexts.Places, [new ContentProblem(path, 0, ContentTexts.EmptyFile.German)]);
        var problems = PlacesFileCheck.Problems(file);
        if (problems.Count > 0) throw new ContentException(ContentTexts.Places, problems.Select(problem => new ContentProblem(path, 0, problem)).ToList());
        return new RegionCatalog(
            file.Regions.Select(ToRegion).ToList(),
            (file.Areas ?? []).Select(area => new Area(area.Name, area.Regions)).ToList(),
            (file.RegierungsbezirkAliases ?? []).ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value));
    }

    /// <summary>
    /// The regions a name stands for: a Gemeinde stands for its Kreis, a Regierungsbezirk or landscape for several.
    /// Exact names only (case, umlauts and a leading "Kreis"/"Stadt" aside): callers pass phrases from free text
    /// and must not get places from typo guesses; <see cref="PlaceFinder"/> does the forgiving search.
    /// </summary>
    public IReadOnlyList<Region> Find(string name)
    {
        var match = Finder.ResolveExactName(name);
        return match is null ? [] : RegionsOf(match);
    }

    /// <summary>The regions a match stands for: a place's own region, a Regierungsbezirk's regions.</summary>
    public IReadOnlyList<Region> RegionsOf(PlaceMatch match) =>
        match.Candidates
            .SelectMany(place => place.Region is { } region ? [region] : Regions.Where(region => region.Regierungsbezirk == place.Regierungsbezirk))
            .Distinct()
            .ToList();

    public Region? ByName(string name) => Regions.FirstOrDefault(region => region.Name == name);

    private static Region ToRegion(PlacesFile.RegionEntry entry) => new(
        entry.Name,
        entry.Kind == PlacesFile.KreisfreieStadt ? RegionKind.KreisfreieStadt : RegionKind.Kreis,
        entry.Regierungsbezirk)
    {
        Codes = entry.Codes ?? [],
        Aliases = entry.Aliases ?? [],
        Gemeinden = entry.Gemeinden ?? [],
        GemeindeAliases = (entry.GemeindeAliases ?? []).ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value),
    };

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };
}
