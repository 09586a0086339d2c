using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Language;

/// <summary>
/// Key phrases without a model: runs of content words between function words and punctuation. In German a phrase
/// is a noun (capitalised) with the adjectives before it ("regionale Vernetzung"); verbs and function words end a
/// phrase. Personal data never becomes a key phrase, and places are left to <see cref="PlaceRecognizer"/>.
/// </summary>
public static class KeyPhraseExtractor
{
    private const int MostPhrases = 6;
    private const int MostWordsPerPhrase = 3;
    private const string Breaks = ".,;:!?()[]{}\"„“”«»/→–—+&\n\r\t";
    private static readonly string[] AdjectiveStems =
        ["isch", "lich", "ig", "al", "iv", "ell", "ar", "bar", "sam", "haft", "los", "extrem", "gerecht", "end", "neu", "recht", "link", "ander", "erst", "weit", "gut", "gross"];
    private static readonly string[] AdjectiveEndings = ["en", "er", "es", "em", "e"];
    private static readonly HashSet<string> Titles = ["frau", "herr", "herrn", "dr", "prof", "hr", "fr"];

    public static IReadOnlyList<string> Extract(string text, string language, IReadOnlyList<PiiEntity> pii, IReadOnlyList<PlaceMention>? places = null)
    {
        var english = language == LanguageCodes.English;
        var excluded = pii.Select(entity => (entity.Offset, entity.Length))
            .Concat((places ?? []).Select(place => (place.Offset, place.Length)))
            .ToList();
        var phrases = new List<string>();
        foreach (var run in ContentRuns(text, english ? StopWords.English : StopWords.German, excluded))
        {
            phrases.AddRange(english ? [Join(text, run)] : GermanPhrases(text, run));
        }
        return phrases.Where(phrase => phrase.Length >= 3)
            .DistinctBy(phrase => phrase.ToLowerInvariant())
            .Take(MostPhrases)
            .ToList();
    }

    private static IEnumerable<IReadOnlyList<WordToken>> ContentRuns(string text, IReadOnlySet<string> stopWords, IReadOnlyList<(int Offset, int Length)> excluded)
    {
        var run = new List<WordToken>();
        WordToken? previous = null;
        foreach (var word in TextWords.Split(text))
        {
            var breaksBefore = previous is { } before && text[before.End..word.Offset].Any(Breaks.Contains);
            var lower = word.Text.ToLowerInvariant();
            var isContent = !stopWords.Contains(lower) && !Titles.Contains(lower) && word.Text.Any(char.IsLetter)
                && !excluded.Any(span => span.Offset < word.End && word.Offset < span.Offset + span.Length);
            if ((breaksBefore || !isContent) && run.Count > 0)
            {
                yield return run;
                run = [];
            }
            if (isContent) run.Add(word);
            previous = word;
        }
        if (run.Count > 0) yield return run;
    }

    private static IEnumerable<string> GermanPhrases(string text, IReadOnlyList<WordToken> run)
    {
        var phrase = new List<WordToken>();
        foreach (var word in run)
        {
            if (word.StartsUpper || IsAdjective(word.Text)) phrase.Add(word);
            else
            {
                if (Finished(phrase) is { } done) yield return Join(text, done);
                phrase.Clear();
            }
        }
        if (Finished(phrase) is { } last) yield return Join(text, last);
    }

    // A German phrase ends with its noun; trailing adjectives without a noun are dropped.
    private static IReadOnlyList<WordToken>? Finished(List<WordToken> phrase)
    {
        var end = phrase.FindLastIndex(word => word.StartsUpper);
        return end < 0 ? null : phrase[..(end + 1)];
    }

    private static string Join(string text, IReadOnlyList<WordToken> words)
    {
        var kept = words.Skip(Math.Max(0, words.Count - MostWordsPerPhrase)).ToList();
        return text[kept[0].Offset..kept[^1].End];
    }

    private static bool IsAdjective(string word)
    {
        var folded = GermanWords.Fold(word);
        var ending = AdjectiveEndings.FirstOrDefault(candidate => folded.EndsWith(candidate, StringComparison.Ordinal));
        if (ending is null) return false;
        var stem = folded[..^ending.Length];
        return AdjectiveStems.Any(suffix => stem.EndsWith(suffix, StringComparison.Ordinal));
    }
}
