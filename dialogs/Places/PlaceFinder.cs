using NrwBot.Dialogs.Language;

namespace NrwBot.Dialogs.Places;

/// <summary>
/// The one place recognizer over the gazetteer: finds the places named in free text ("im Kreis Düren", "aus Solingen",
/// "in der Städteregion", "Raum Paderborn") or in a name typed on its own. Case- and umlaut-tolerant; typos in longer
/// names are forgiven in messages. <see cref="FindAll"/> is the matching core; <see cref="Recognize"/> (contacts,
/// intake) is its first match and <see cref="PlaceRecognizer"/> (language analysis: intake, digest, classifier)
/// reads every mention through it, so all features read one sentence the same way.
/// </summary>
public sealed class PlaceFinder(PlaceGazetteer gazetteer)
{
    // Place names that are also everyday German words ("Essen", "senden", "Lage", "Halle", "Geldern"): in free
    // text they count only right after a word that introduces a place ("in Essen", "Stadt Lage").
    private static readonly HashSet<string> EverydayWords =
    [
        "essen", "senden", "wenden", "lage", "kamen", "enger", "wetter", "alpen", "heiden", "loehne", "much", "halle",
        "horn", "lotte", "recke", "siegen", "frechen", "datteln", "schlangen", "inden", "geldern", "verl", "vest",
        "ense", "werne", "rees",
    ];

    // Registration codes that are also common abbreviations in this programme's mails ("EU-Förderung", "MS Teams",
    // "HF" = Handlungsfeld, "OB" = Oberbürgermeister*in, "RE:" in replies); they never count in free text.
    private static readonly HashSet<string> AmbiguousCodes = ["EU", "UN", "MS", "HF", "OB", "SG", "RE", "DU", "HER", "ST", "SO", "DO", "EN", "ME", "MI", "E", "D", "K", "W"];

    private static readonly HashSet<string> KreisCues = ["kreis", "kreises", "landkreis", "landkreises", "kreisgebiet", "kreisverwaltung"];
    private static readonly HashSet<string> StadtCues = ["stadt", "gemeinde", "kommune", "stadtgebiet", "stadtverwaltung"];
    private static readonly HashSet<string> PlaceCues =
    [
        "in", "im", "aus", "nach", "bei", "beim", "fuer", "von", "vom", "um", "raum", "region", "umgebung", "naehe", "richtung",
        "kontakt", "ansprechpartner", "ansprechpartnerin", "ansprechperson", "beratung", "zustaendig",
    ];

    private static readonly HashSet<string> Articles = ["der", "dem", "den"];
    private static readonly HashSet<string> ArticleCues = ["in", "aus", "von", "bei", "nach"];

    // In a document a single word after a determiner is a noun ("das Essen", "der Lage"), before a pronoun a verb
    // ("Senden Sie"); no NRW place name is shorter than four letters, shorter words are codes ("Bot" = BOT, Bottrop).
    private static readonly HashSet<string> Determiners = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "kein", "keine", "unser", "unsere", "ihr", "ihre"];
    private static readonly HashSet<string> PronounsAfterVerb = ["Sie", "wir", "ihr", "du", "man"];
    private const int ShortestDocumentName = 4;

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
        return places.Count == 0 ? null : new PlaceMatch(places, name.Trim(), false) { Length = name.Length };
    }

    /// <summary>A name typed on its own (an answer, a button, the command line): the whole text first, then the text's first place.</summary>
    public PlaceMatch? Resolve(string name)
    {
        var whole = GermanText.FoldText(name);
        var places = gazetteer.Choose(gazetteer.Exact(whole), PlaceGazetteer.Cue.None);
        if (places.Count > 0) return new PlaceMatch(places, name.Trim(), false) { Length = name.Length };
        return First(name, PlaceReading.Name);
    }

    /// <summary>The first place named in a message, exact names before typo matches; null when none.</summary>
    public PlaceMatch? Recognize(string text) => First(text, PlaceReading.Message);

    /// <summary>
    /// Every place a text names, left to right, the longest name at each word ("Mülheim an der Ruhr" before "Mülheim");
    /// exact names only. Spans in <paramref name="excluded"/> (personal data) are never read as places.
    /// </summary>
    public IReadOnlyList<PlaceMatch> FindAll(string text, PlaceReading reading, IReadOnlyList<(int Offset, int Length)>? excluded = null) =>
        Matches(Words.Of(text), new Reading(text, reading, excluded ?? []), approximate: false).ToList();

    private PlaceMatch? First(string text, PlaceReading reading)
    {
        var words = Words.Of(text);
        if (words.Count == 0) return null;
        var rules = new Reading(text, reading, []);
        return Matches(words, rules, approximate: false).FirstOrDefault() ?? Matches(words, rules, approximate: true).FirstOrDefault();
    }

    private IEnumerable<PlaceMatch> Matches(Words words, Reading reading, bool approximate)
    {
        var start = 0;
        while (start < words.Count)
        {
            var match = LongestAt(words, start, reading, approximate);
            if (match is null) { start++; continue; }
            yield return match.Value.Match;
            start += match.Value.Used;
        }
    }

    private (PlaceMatch Match, int Used)? LongestAt(Words words, int start, Reading reading, bool approximate)
    {
        if (reading.Kind == PlaceReading.Document && !words.StartsUpper(start)) return null;
        for (var length = Math.Min(gazetteer.MaxKeyTokens, words.Count - start); length >= 1; length--)
        {
            if (reading.Kind == PlaceReading.Document && !DocumentAllows(words, start, length, reading)) continue;
            var match = approximate
                ? (TypoAllowed(words, start, length, reading.Kind) ? MatchApproximate(words, start, length, reading) : null)
                : MatchExact(words, start, length, reading);
            if (match is not null) return (match, length);
        }
        return null;
    }

    // Typos are forgiven in free text only where a place is expected ("in Bielfeld", "Kontakt Wupertal",
    // "in der Städteregoin") or when the message is nothing but the name: elsewhere ordinary words near a long
    // name would turn into places ("Bewerbungen" is two edits from Beverungen, "schwerste" one from Schwerte).
    private static bool TypoAllowed(Words words, int start, int length, PlaceReading reading) =>
        reading != PlaceReading.Document && !words.IsCue(start)
        && (reading == PlaceReading.Name || words.ExpectsPlaceAt(start) || length == words.Count);

    // A document names a place with words joined by spaces or hyphens only, written as a name, outside personal data.
    private static bool DocumentAllows(Words words, int start, int length, Reading reading)
    {
        var (offset, end) = (words.Offset(start), words.End(start + length - 1));
        var phrase = reading.Text[offset..end];
        if (phrase.Length < ShortestDocumentName || LooksLikeCode(phrase) || !words.JoinedBySpacesOrHyphens(reading.Text, start, length)) return false;
        if (reading.Excluded.Any(span => offset < span.Offset + span.Length && span.Offset < end)) return false;
        return length > 1 || !words.IsOrdinaryWord(start);
    }

    // Upper-case words of up to four letters are codes and abbreviations (HF, DL, MA, LKS), not place names.
    private static bool LooksLikeCode(string phrase) => phrase.Length <= 4 && phrase.All(character => !char.IsLetter(character) || char.IsUpper(character));

    private PlaceMatch? MatchExact(Words words, int start, int length, Reading reading)
    {
        var key = words.Key(start, length);
        var entries = gazetteer.Exact(key).Where(entry => entry.Source != PlaceGazetteer.NameSource.Code || CodeCounts(words, start, length, reading.Kind)).ToList();
        if (entries.Count == 0) return null;
        if (reading.Kind != PlaceReading.Name && length == 1 && EverydayWords.Contains(key) && words.Count > 1 && !words.HasPlaceCueBefore(start)) return null;
        var places = gazetteer.Choose(entries, words.CueBefore(start));
        return places.Count == 0 ? null : Found(places, words, start, length, reading, approximate: false);
    }

    private PlaceMatch? MatchApproximate(Words words, int start, int length, Reading reading)
    {
        var (entries, distance) = gazetteer.Approximate(words.Slice(start, length));
        if (entries.Count == 0 || distance == 0) return null;
        var places = gazetteer.Choose(entries, words.CueBefore(start));
        return places.Count == 0 ? null : Found(places, words, start, length, reading, approximate: true);
    }

    // In a document the kind word before a name belongs to the mention ("der Stadt Wuppertal" names "Stadt Wuppertal").
    private static PlaceMatch Found(IReadOnlyList<Place> places, Words words, int start, int length, Reading reading, bool approximate)
    {
        var first = reading.Kind == PlaceReading.Document && words.CueBefore(start) != PlaceGazetteer.Cue.None && words.StartsUpper(start - 1) ? start - 1 : start;
        var offset = words.Offset(first);
        return new PlaceMatch(places, words.Text(start, length), approximate) { Offset = offset, Length = words.End(start + length - 1) - offset };
    }

    /// <summary>A code counts when it is the whole input, or in a message when written in capitals and not a common abbreviation.</summary>
    private static bool CodeCounts(Words words, int start, int length, PlaceReading reading)
    {
        if (reading == PlaceReading.Document) return false;
        if (reading == PlaceReading.Name) return words.Count == length;
        var raw = words.Raw(start);
        return length == 1 && raw.Length >= 2 && raw.All(char.IsUpper) && !AmbiguousCodes.Contains(raw);
    }

    private sealed record Reading(string Text, PlaceReading Kind, IReadOnlyList<(int Offset, int Length)> Excluded);

    /// <summary>A text split into words, folded and as written, with where each stands.</summary>
    private sealed class Words
    {
        private readonly IReadOnlyList<WordToken> _tokens;
        private readonly IReadOnlyList<string> _folded;

        private Words(IReadOnlyList<WordToken> tokens)
        {
            _tokens = tokens;
            _folded = tokens.Select(token => GermanText.Fold(token.Text)).ToList();
        }

        public static Words Of(string text) => new(TextWords.Split(text));

        public int Count => _tokens.Count;

        public string Raw(int index) => _tokens[index].Text;

        public int Offset(int index) => _tokens[index].Offset;

        public int End(int index) => _tokens[index].End;

        public bool StartsUpper(int index) => _tokens[index].StartsUpper;

        public string Key(int start, int length) => string.Join(' ', _folded.Skip(start).Take(length));

        public IReadOnlyList<string> Slice(int start, int length) => _folded.Skip(start).Take(length).ToList();

        public string Text(int start, int length) => string.Join(' ', _tokens.Skip(start).Take(length).Select(token => token.Text));

        public bool IsCue(int index) =>
            KreisCues.Contains(_folded[index]) || StadtCues.Contains(_folded[index]) || PlaceCues.Contains(_folded[index]);

        public bool HasPlaceCueBefore(int index) => index > 0 && IsCue(index - 1);

        public bool ExpectsPlaceAt(int index) =>
            HasPlaceCueBefore(index)
            || (index > 1 && Articles.Contains(_folded[index - 1]) && ArticleCues.Contains(_folded[index - 2]));

        public bool JoinedBySpacesOrHyphens(string text, int start, int length)
        {
            for (var index = start; index < start + length - 1; index++)
            {
                if (text[End(index)..Offset(index + 1)] is not (" " or "-")) return false;
            }
            return true;
        }

        public bool IsOrdinaryWord(int index) =>
            (index > 0 && Determiners.Contains(_tokens[index - 1].Text.ToLowerInvariant()))
            || (index + 1 < Count && PronounsAfterVerb.Contains(_tokens[index + 1].Text));

        public PlaceGazetteer.Cue CueBefore(int index)
        {
            if (index == 0) return PlaceGazetteer.Cue.None;
            var before = _folded[index - 1];
            if (KreisCues.Contains(before)) return PlaceGazetteer.Cue.Kreis;
            return StadtCues.Contains(before) ? PlaceGazetteer.Cue.Stadt : PlaceGazetteer.Cue.None;
        }
    }
}
