namespace NrwBot.Dialogs.Language;

/// <summary>Letter trigram counts of one language, with add-half smoothing for unseen trigrams.</summary>
internal sealed class TrigramProfile
{
    // Roughly the number of distinct trigrams a language uses; only the ratio between languages matters.
    private const double Vocabulary = 6000;
    private readonly Dictionary<string, int> _counts = [];
    private int _total;

    public static TrigramProfile Learn(string sample)
    {
        var profile = new TrigramProfile();
        foreach (var word in TextWords.Split(sample))
        {
            foreach (var trigram in Trigrams(word.Text.ToLowerInvariant()))
            {
                profile._counts[trigram] = profile._counts.GetValueOrDefault(trigram) + 1;
                profile._total++;
            }
        }
        return profile;
    }

    public double LogLikelihood(string word) =>
        Trigrams(word).Sum(trigram => Math.Log((_counts.GetValueOrDefault(trigram) + 0.5) / (_total + 0.5 * Vocabulary)));

    private static IEnumerable<string> Trigrams(string word)
    {
        var padded = " " + word + " ";
        for (var index = 0; index + 3 <= padded.Length; index++) yield return padded.Substring(index, 3);
    }
}
