using NrwBot.Dialogs.Language;

namespace NrwBot.Dialogs.Places;

/// <summary>
/// Every name of every place in NRW, folded (case, umlauts, separators) and indexed: official names of the
/// Gemeinden, Kreise, kreisfreien Städte and Regierungsbezirke, their variants, registration codes and the
/// landscape names that stand for several regions. Answers exact and typo-tolerant look-ups; which of several
/// places a name means is decided in <see cref="Choose"/>.
/// </summary>
public sealed class PlaceGazetteer
{
    internal enum NameSource { Official = 0, Alias = 1, Base = 2, Code = 3, Area = 4 }

    internal sealed record NameEntry(Place Place, NameSource Source);

    /// <summary>How the words before a name qualify it: "Kreis Paderborn" means the Kreis, "Stadt Paderborn" the town.</summary>
    internal enum Cue { None, Kreis, Stadt }

    // Ways staff name a Regierungsbezirk; the bare city name ("Detmold") means the city, never the Bezirk.
    private static readonly string[] RegierungsbezirkPrefixes =
        ["Regierungsbezirk", "Regierungsbezirks", "RB", "Reg.-Bez.", "Regbez", "Bezirk", "Bezirksregierung"];

    private readonly Dictionary<string, List<NameEntry>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> _regionPlaces = new(StringComparer.Ordinal);

    public PlaceGazetteer(
        IReadOnlyList<Region> regions,
        IReadOnlyList<Area>? areas = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? regierungsbezirkAliases = null)
    {
        foreach (var region in regions) AddRegion(region);
        foreach (var (bezirk, aliases) in RegierungsbezirkeOf(regions, regierungsbezirkAliases)) AddRegierungsbezirk(bezirk, aliases);
        foreach (var area in areas ?? []) AddArea(area);
        MaxKeyTokens = _byKey.Keys.Select(key => key.Count(character => character == ' ') + 1).DefaultIfEmpty(1).Max();
        KeysByTokenCount = _byKey.Keys.GroupBy(key => key.Count(character => character == ' ') + 1)
            .ToDictionary(group => group.Key, group => group.Select(key => key.Split(' ')).ToList());
    }

    public IReadOnlyCollection<Place> Places => _byId.Values;

    internal int MaxKeyTokens { get; }

    internal IReadOnlyDictionary<int, List<string[]>> KeysByTokenCount { get; }

    public Place? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The place that stands for a whole Kreis or kreisfreie Stadt.</summary>
    public Place PlaceOf(Region region) =>
        _regionPlaces.GetValueOrDefault(region.Name)
        ?? new Place(region.Name, region.Kind == RegionKind.KreisfreieStadt ? PlaceKind.KreisfreieStadt : PlaceKind.Kreis, region, region.Regierungsbezirk);

    internal IReadOnlyList<NameEntry> Exact(string key) => _byKey.TryGetValue(key, out var entries) ? entries : [];

    /// <summary>
    /// The entries whose name is within typo distance of the folded words, with the smallest total distance.
    /// Each word may differ only if the name's word is long (7+ letters: 1 edit, 10+: 2) and starts with the same
    /// letter, so short everyday words never turn into places ("Herren" is not Herten).
    /// </summary>
    internal (IReadOnlyList<NameEntry> Entries, int Distance) Approximate(IReadOnlyList<string> words)
    {
        if (!KeysByTokenCount.TryGetValue(words.Count, out var keys)) return ([], 0);
        var best = int.MaxValue;
        var found = new List<NameEntry>();
        foreach (var key in keys)
        {
            var distance = WordwiseDistance(words, key);
            if (distance is 0 or int.MaxValue || distance > best) continue;
            var entries = _byKey[string.Join(' ', key)].Where(entry => entry.Source != NameSource.Code);
            if (distance < best) { best = distance; found.Clear(); }
            found.AddRange(entries);
        }
        return (found, best == int.MaxValue ? 0 : best);
    }

    /// <summary>
    /// Decides what a name means. The best kind of name wins (official before variant before code before landscape);
    /// when the remaining places all lie in one region, the town is meant rather than its Kreis ("Paderborn" is the
    /// town in Kreis Paderborn) unless the words before said "Kreis". Places in different regions stay: that name
    /// is truly ambiguous and the caller asks.
    /// </summary>
    internal IReadOnlyList<Place> Choose(IEnumerable<NameEntry> entries, Cue cue)
    {
        var candidates = entries.ToList();
        if (candidates.Count == 0) return [];
        candidates = Prefer(candidates, cue);
        var bestSource = candidates.Min(entry => entry.Source);
        var places = candidates.Where(entry => entry.Source == bestSource).Select(entry => entry.Place).Distinct().ToList();
        if (places.Count == 1 || places.Select(place => place.Region).Distinct().Count() > 1 || places.Any(place => place.Region is null))
            return places;
        return [places.OrderBy(place => place.Kind switch { PlaceKind.Gemeinde => 0, PlaceKind.KreisfreieStadt => 1, _ => 2 }).First()];
    }

    private static List<NameEntry> Prefer(List<NameEntry> candidates, Cue cue)
    {
        var preferred = cue switch
        {
            Cue.Kreis => candidates.Where(entry => entry.Place.Kind == PlaceKind.Kreis).ToList(),
            Cue.Stadt => candidates.Where(entry => entry.Place.Kind is PlaceKind.Gemeinde or PlaceKind.KreisfreieStadt).ToList(),
            _ => [],
        };
        return preferred.Count > 0 ? preferred : candidates;
    }

    private static int WordwiseDistance(IReadOnlyList<string> words, string[] key)
    {
        var total = 0;
        for (var index = 0; index < words.Count; index++)
        {
            var word = words[index];
            var name = key[index];
            if (word == name) continue;
            var allowed = name.Length >= 10 ? 2 : name.Length >= 7 ? 1 : 0;
            if (allowed == 0 || word.Length == 0 || word[0] != name[0]) return int.MaxValue;
            var distance = EditDistance.Compute(word, name, allowed);
            if (distance > allowed) return int.MaxValue;
            total += distance;
        }
        return total;
    }

    private void AddRegion(Region region)
    {
        var kind = region.Kind == RegionKind.KreisfreieStadt ? PlaceKind.KreisfreieStadt : PlaceKind.Kreis;
        var regionPlace = Register(new Place(region.Name, kind, region, region.Regierungsbezirk));
        _regionPlaces[region.Name] = regionPlace;
        Add(region.Name, regionPlace, NameSource.Official);
        if (BaseName(region.Name) is { } baseName) Add(baseName, regionPlace, NameSource.Base);
        foreach (var alias in region.Aliases) Add(alias, regionPlace, NameSource.Alias);
        foreach (var code in region.Codes) Add(code, regionPlace, NameSource.Code);
        foreach (var gemeinde in region.Gemeinden)
        {
            var place = kind == PlaceKind.KreisfreieStadt && gemeinde == region.Name
                ? regionPlace
                : Register(new Place(gemeinde, PlaceKind.Gemeinde, region, region.Regierungsbezirk));
            Add(gemeinde, place, NameSource.Official);
            foreach (var alias in region.GemeindeAliases.GetValueOrDefault(gemeinde) ?? []) Add(alias, place, NameSource.Alias);
        }
    }

    private void AddRegierungsbezirk(string bezirk, IReadOnlyList<string> aliases)
    {
        var place = Register(new Place("Regierungsbezirk " + bezirk, PlaceKind.Regierungsbezirk, null, bezirk));
        foreach (var prefix in RegierungsbezirkPrefixes) Add(prefix + " " + bezirk, place, NameSource.Official);
        foreach (var alias in aliases) Add(alias, place, NameSource.Alias);
    }

    private void AddArea(Area area)
    {
        foreach (var regionName in area.Regions)
        {
            var place = _regionPlaces.GetValueOrDefault(regionName)
                ?? throw new InvalidDataException($"Landschaft {area.Name}: unbekannte Region {regionName}");
            Add(area.Name, place, NameSource.Area);
        }
    }

    private static IEnumerable<(string Bezirk, IReadOnlyList<string> Aliases)> RegierungsbezirkeOf(
        IReadOnlyList<Region> regions, IReadOnlyDictionary<string, IReadOnlyList<string>>? aliases) =>
        regions.Select(region => region.Regierungsbezirk).Distinct()
            .Select(bezirk => (bezirk, aliases?.GetValueOrDefault(bezirk) ?? (IReadOnlyList<string>)[]));

    /// <summary>"Kreis Düren" → "Düren", "Städteregion Aachen" → "Aachen"; names like "Rhein-Erft-Kreis" keep their aliases instead.</summary>
    private static string? BaseName(string regionName)
    {
        foreach (var prefix in new[] { "Kreis ", "Städteregion " })
        {
            if (regionName.StartsWith(prefix, StringComparison.Ordinal)) return regionName[prefix.Length..];
        }
        return null;
    }

    private Place Register(Place place)
    {
        _byId[place.Id] = place;
        return place;
    }

    private void Add(string name, Place place, NameSource source)
    {
        foreach (var key in new[] { GermanText.FoldText(name), GermanText.FoldText(GermanText.WithoutUmlauts(name)) }.Distinct())
        {
            if (key.Length == 0) continue;
            if (!_byKey.TryGetValue(key, out var entries)) _byKey[key] = entries = [];
            if (!entries.Contains(new NameEntry(place, source))) entries.Add(new NameEntry(place, source));
        }
    }
}
