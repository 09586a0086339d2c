using NrwBot.Dialogs.Language;

namespace NrwBot.Dialogs.Pool;

/// <summary>
/// The words a pool search compares: stems (<see cref="GermanText.Stem"/>) without function words. Two stems meet
/// when they are equal or one begins with the other and the shorter has five letters or more, so a compound meets
/// its head word („Beteiligungsforen“ – „Beteiligung“) but „Schule“ does not meet „Schulden“.
/// </summary>
public static class CompetenceTerms
{
    private const int MinimumPrefix = 5;

    // The words of the question itself, which say nothing about the subject.
    private static readonly IReadOnlySet<string> QuestionWords = new HashSet<string>(
        ["kennt", "kenn", "kennen", "auskennen", "erfahrung", "erfahrungen", "experte", "experten", "expertin", "expertise",
         "jemand", "jemanden", "hilft", "helfen", "weiss", "macht", "arbeitet", "thema", "themen", "bereich", "kompetenzpool",
         "kollegen", "kolleginnen", "kollege", "kollegin", "kreis", "stadt", "region", "regierungsbezirk", "damit", "dazu", "schon"],
        StringComparer.Ordinal);

    /// <summary>The stems of a text that can carry a subject.</summary>
    public static IReadOnlyList<string> Of(string text) =>
        GermanText.Words(text)
            .Where(word => word.Length > 2 && !StopWords.German.Contains(word.ToLowerInvariant()))
            .Select(GermanText.Fold)
            .Where(word => !QuestionWords.Contains(word))
            .Select(GermanText.Stem)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static bool Meet(string left, string right)
    {
        if (left == right) return true;
        var (shorter, longer) = left.Length <= right.Length ? (left, right) : (right, left);
        return shorter.Length >= MinimumPrefix && longer.StartsWith(shorter, StringComparison.Ordinal);
    }

    /// <summary>How many of <paramref name="asked"/> meet one of <paramref name="known"/>.</summary>
    public static int Overlap(IReadOnlyList<string> asked, IReadOnlyList<string> known) =>
        asked.Count(term => known.Any(other => Meet(term, other)));
}
