using NrwBot.Dialogs.Language;

namespace NrwBot.Dialogs.Places;

/// <summary>
/// Finds the NRW places a text names by looking every run of up to five capitalised words up in the region
/// directory, longest first ("Mülheim an der Ruhr" before "Mülheim"). Registration codes are not read from free
/// text: "HF" is Handlungsfeld far more often than Herford, and "E", "D", "K" are everywhere.
/// </summary>
public sealed class PlaceRecognizer(IRegionDirectory regions)
{
    private const int LongestName = 5;
    // No NRW place name is shorter; shorter words that resolve are registration codes ("Bot" = BOT, Bottrop).
    private const int ShortestName = 4;
    private static readonly HashSet<string> Determiners = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "kein", "keine", "unser", "unsere", "ihr", "ihre"];
    private static readonly HashSet<string> PronounsAfterVerb = ["Sie", "wir", "ihr", "du", "man"];
    // Gemeinden whose names are everyday German words count only after a place preposition ("Treffen in Lage").
    private static readonly HashSet<string> EverydayWords = ["lage", "wetter", "senden", "wenden", "enger", "alpen", "halle", "horn", "much", "ense", "werne", "rees"];
    private static readonly HashSet<string> PlacePrepositions = ["in", "im", "aus", "nach", "bei", "von", "vom", "um", "für"];

    public IReadOnlyList<PlaceMention> Recognize(string text, IReadOnlyList<PiiEntity> pii)
    {
        var words = TextWords.Split(text);
        var mentions = new List<PlaceMention>();
        var index = 0;
        while (index < words.Count)
        {
            var (found, used) = LongestAt(text, words, index, pii);
            if (found is not null) mentions.Add(found);
            index += Math.Max(used, 1);
        }
        return mentions;
    }

    private (PlaceMention? Found, int Used) LongestAt(string text, IReadOnlyList<WordToken> words, int start, IReadOnlyList<PiiEntity> pii)
    {
        if (!words[start].StartsUpper) return (null, 1);
        for (var count = Math.Min(LongestName, words.Count - start); count >= 1; count--)
        {
            var last = words[start + count - 1];
            if (!IsJoinedBySpacesOrHyphens(text, words, start, count)) continue;
            var phrase = text[words[start].Offset..last.End];
            if (phrase.Length < ShortestName || LooksLikeCode(phrase) || pii.Any(entity => entity.Overlaps(words[start].Offset, phrase.Length))) continue;
            if (count == 1 && IsOrdinaryWord(words, start)) continue;
            var found = regions.Find(phrase);
            if (found.Count > 0) return (Mention(phrase, words[start].Offset, found), count);
        }
        return (null, 1);
    }

    private static PlaceMention Mention(string phrase, int offset, IReadOnlyList<Region> regions)
    {
        var gemeinde = regions.Count != 1 || SameName(regions[0].Name, phrase) ? null : regions[0].Gemeinden.FirstOrDefault(name => SameName(name, phrase));
        return new PlaceMention(phrase, offset, phrase.Length, regions.Select(region => region.Name).ToList(), gemeinde);
    }

    private static bool SameName(string name, string phrase) => Key(name) == Key(phrase);

    private static string Key(string name) => string.Join(' ', TextWords.Split(name).Select(word => GermanWords.Fold(word.Text)));

    private static bool IsJoinedBySpacesOrHyphens(string text, IReadOnlyList<WordToken> words, int start, int count)
    {
        for (var index = start; index < start + count - 1; index++)
        {
            var gap = text[words[index].End..words[index + 1].Offset];
            if (gap is not (" " or "-")) return false;
        }
        return true;
    }

    // Upper-case words of up to four letters are codes and abbreviations (HF, DL, MA, LKS), not place names.
    private static bool LooksLikeCode(string phrase) => phrase.Length <= 4 && phrase.All(character => !char.IsLetter(character) || char.IsUpper(character));

    // "das Essen", "der Lage", "Senden Sie …": a single word used as a noun or verb, not as a place.
    private static bool IsOrdinaryWord(IReadOnlyList<WordToken> words, int index)
    {
        var before = index > 0 ? words[index - 1].Text.ToLowerInvariant() : "";
        if (Determiners.Contains(before)) return true;
        if (index + 1 < words.Count && PronounsAfterVerb.Contains(words[index + 1].Text)) return true;
        return EverydayWords.Contains(GermanWords.Fold(words[index].Text)) && !PlacePrepositions.Contains(before);
    }
}
