namespace NrwBot.Dialogs.Language;

/// <summary>
/// Offline language detection: a naive Bayes over letter trigrams learnt from <see cref="LanguageSamples"/>, plus a
/// bonus for function words, which decide short texts. Texts mostly in a non-Latin script are "other" at once.
/// </summary>
public static class LanguageDetector
{
    // Calibrated on the tests in LanguageDetectionTests: a function word is worth about two unusual trigrams.
    private const double StopWordBonus = 2.5;
    private static readonly IReadOnlyDictionary<string, TrigramProfile> Profiles =
        LanguageSamples.ByLanguage.ToDictionary(pair => pair.Key, pair => TrigramProfile.Learn(pair.Value));

    public static DetectedLanguage Detect(string text)
    {
        var words = TextWords.Split(text).Select(word => word.Text.ToLowerInvariant()).Where(word => word.Any(char.IsLetter)).ToList();
        if (words.Count == 0) return new DetectedLanguage(LanguageCodes.Other, 0);
        if (MostlyNonLatin(words)) return new DetectedLanguage(LanguageCodes.Other, 0.9);
        // Naive Bayes is overconfident; scaling by the square root of the evidence keeps one word from looking certain.
        var evidence = Math.Sqrt(words.Sum(word => word.Length + 1));
        var scores = Profiles.ToDictionary(pair => pair.Key, pair => Score(pair.Key, pair.Value, words) / evidence);
        var best = scores.MaxBy(pair => pair.Value);
        var total = scores.Values.Sum(score => Math.Exp(score - best.Value));
        return new DetectedLanguage(LanguageCodes.FromIso(best.Key), Math.Round(1 / total, 3));
    }

    private static double Score(string language, TrigramProfile profile, IReadOnlyList<string> words)
    {
        var stopWords = LanguageSamples.StopWordsByLanguage[language];
        return words.Sum(word => profile.LogLikelihood(word) + (stopWords.Contains(word) ? StopWordBonus : 0));
    }

    private static bool MostlyNonLatin(IReadOnlyList<string> words)
    {
        var letters = words.SelectMany(word => word).Where(char.IsLetter).ToList();
        return letters.Count(letter => letter > '\u024F') * 2 > letters.Count;
    }
}
