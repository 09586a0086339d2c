namespace NrwBot.Dialogs.Places;

/// <summary>
/// Finds the places named in free text ("im Kreis Düren", "aus Solingen", "in der Städteregion", "Raum Paderborn")
/// or in a name typed on its own. Case- and umlaut-tolerant; typos in longer names are forgiven.
/// </summary>
public sealed class PlaceFinder(PlaceGazetteer gazetteer)
{
    // Place names that are also everyday German words ("Essen", "senden", "Lage", "Halle", "Geldern"): in free
    // text they count only right after a word that introduces a place ("in Essen", "Stadt Lage").
    private static readonly HashSet<string> CommonWordNames =
    [
        "essen", "senden", "wenden", "lage", "kamen", "enger", "wetter", "alpen", "heiden", "loehne", "much", "halle",
        "horn", "lotte", "recke", "siegen", "frechen", "datteln", "schlangen", "inden", "geldern", "verl", "vest",
    ];

    // Registration codes that are also common abbreviations in this programme's mails ("EU-Förderung", "MS Teams",
    // "HF" = Handlungsfeld, "OB" = Oberbürgermeister*in, "RE:" in replies); they never count in free text.
    private static readonly HashSet<string> AmbiguousCodes = ["EU", "UN", "MS", "HF", "OB", "SG", "RE", "DU", "HER", "ST", "SO", "DO", "EN", "ME", "MI", "E", "D", "K", "W"];

    private static readonly HashSet<string> KreisCues = ["kreis", "kreises", "landkreis", "landkreises", "kreisgebiet", "kreisverwaltung"];
    private static readonly HashSet<string> StadtCues = ["stadt", "gemeinde", "kommune", "stadtgebiet", "stadtverwaltung"];
    private static readonly HashSet<string> PlaceCues =
    [
        "in", "im", "aus", "nach", "bei", "beim", "fuer", "von", "vom", "raum", "region", "umgebung", "naehe", "richtung",
        "kontakt", "ansprechpartner", "ansprechpartnerin", "ansprechperson", "beratung", "zustaendig",
    ];

    private static readonly HashSet<string> Articles = ["der", "dem", "den"];
    private static readonly HashSet<string> ArticleCues = ["in", "aus", "von", "bei", "nach"];

    public PlaceGazetteer Gazetteer => gazetteer;

    /// <summary>
    /// Exactly a name, nothing more: the whole text as a known name, or a known name after one kind word
    /// ("Kreis Paderborn", "Stadt Lage"). No typos, no searching inside the text; for callers that pass
    /// phrases found elsewhere and must not get places that were never named.
    /// </summary>
    public PlaceMatch? ResolveExactName(string name)
    {
        var words = Words.Of(name);
        if (words.Count == 0) return null;
        var places = gazetteer.Choose(gazetteer.Exact(words.Key(0, words.Count)), PlaceGazetteer.Cue.None);
        if (places.Count == 0 && words.Count > 1 && words.IsCue(0))
            places = gazetteer.Choose(gazetteer.Exact(words.Key(1, words.Count - 1)), words.CueBefore(1));
        return places.Count == 0 ? null : new PlaceMatch(places, name.Trim(), false);
    }

    /// <summary>A name typed on its own (an answer, a button, the command line): the whole text first, then the text's first place.</summary>
    public PlaceMatch? Resolve(string name)
    {
        var whole = PlaceNames.Fold(name);
        var places = gazetteer.Choose(gazetteer.Exact(whole), PlaceGazetteer.Cue.None);
        if (places.Count > 0) return new PlaceMatch(places, name.Trim(), false);
        return FindFirst(name, forFreeText: false);
    }

    /// <summary>The first place named in a sentence, exact names before typo matches; null when none.</summary>
    public PlaceMatch? Recognize(string text) => FindFirst(text, forFreeText: true);

    private PlaceMatch? FindFirst(string text, bool forFreeText)
    {
        var words = Words.Of(text);
        if (words.Count == 0) return null;
        return Scan(words, forFreeText, approximate: false) ?? Scan(words, forFreeText, approximate: true);
    }

    private PlaceMatch? Scan(Words words, bool forFreeText, bool approximate)
    {
        for (var start = 0; start < words.Count; start++)
        {
            for (var length = Math.Min(gazetteer.MaxKeyTokens, words.Count - start); length >= 1; length--)
            {
                var match = approximate
                    ? (TypoAllowed(words, start, length, forFreeText) ? MatchApproximate(words, start, length) : null)
                    : MatchExact(words, start, length, forFreeText);
                if (match is not null) return match;
            }
        }
        return null;
    }

    // Typos are forgiven in free text only where a place is expected ("in Bielfeld", "Kontakt Wupertal",
    // "in der Städteregoin") or when the message is nothing but the name: elsewhere ordinary words near a long
    // name would turn into places ("Bewerbungen" is two edits from Beverungen, "schwerste" one from Schwerte).
    private static bool TypoAllowed(Words words, int start, int length, bool forFreeText) =>
        !words.IsCue(start) && (!forFreeText || words.ExpectsPlaceAt(start) || length == words.Count);

    private PlaceMatch? MatchExact(Words words, int start, int length, bool forFreeText)
    {
        var key = words.Key(start, length);
        var entries = gazetteer.Exact(key).Where(entry => entry.Source != PlaceGazetteer.NameSource.Code || CodeCounts(words, start, length, forFreeText)).ToList();
        if (entries.Count == 0) return null;
        if (forFreeText && length == 1 && CommonWordNames.Contains(key) && words.Count > 1 && !words.HasPlaceCueBefore(start)) return null;
        var places = gazetteer.Choose(entries, words.CueBefore(start));
        return places.Count == 0 ? null : new PlaceMatch(places, words.Text(start, length), false);
    }

    private PlaceMatch? MatchApproximate(Words words, int start, int length)
    {
        var (entries, distance) = gazetteer.Approximate(words.Slice(start, length));
        if (entries.Count == 0 || distance == 0) return null;
        var places = gazetteer.Choose(entries, words.CueBefore(start));
        return places.Count == 0 ? null : new PlaceMatch(places, words.Text(start, length), true);
    }

    /// <summary>A code counts when it is the whole input, or in free text when written in capitals and not a common abbreviation.</summary>
    private static bool CodeCounts(Words words, int start, int length, bool forFreeText)
    {
        if (!forFreeText) return words.Count == length;
        var raw = words.Raw(start);
        return length == 1 && raw.Length >= 2 && raw.All(char.IsUpper) && !AmbiguousCodes.Contains(raw);
    }

    /// <summary>A text split into words, folded and as written.</summary>
    private sealed class Words
    {
        private readonly IReadOnlyList<string> _raw;
        private readonly IReadOnlyList<string> _folded;

        private Words(IReadOnlyList<string> raw)
        {
            _raw = raw;
            _folded = raw.Select(PlaceNames.FoldToken).ToList();
        }

        public static Words Of(string text) => new(PlaceNames.RawTokens(text));

        public int Count => _raw.Count;

        public string Raw(int index) => _raw[index];

        public string Key(int start, int length) => string.Join(' ', _folded.Skip(start).Take(length));

        public IReadOnlyList<string> Slice(int start, int length) => _folded.Skip(start).Take(length).ToList();

        public string Text(int start, int length) => string.Join(' ', _raw.Skip(start).Take(length));

        public bool IsCue(int index) =>
            KreisCues.Contains(_folded[index]) || StadtCues.Contains(_folded[index]) || PlaceCues.Contains(_folded[index]);

        public bool HasPlaceCueBefore(int index) => index > 0 && IsCue(index - 1);

        public bool ExpectsPlaceAt(int index) =>
            HasPlaceCueBefore(index)
            || (index > 1 && Articles.Contains(_folded[index - 1]) && ArticleCues.Contains(_folded[index - 2]));

        public PlaceGazetteer.Cue CueBefore(int index)
        {
            if (index == 0) return PlaceGazetteer.Cue.None;
            var before = _folded[index - 1];
            if (KreisCues.Contains(before)) return PlaceGazetteer.Cue.Kreis;
            return StadtCues.Contains(before) ? PlaceGazetteer.Cue.Stadt : PlaceGazetteer.Cue.None;
        }
    }
}
