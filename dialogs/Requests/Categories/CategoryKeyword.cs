using NrwBot.Dialogs.Language;

namespace NrwBot.Dialogs.Requests.Categories;

/// <summary>A keyword of one category as stems, and where it occurs first in a text's stems.</summary>
internal sealed class CategoryKeyword
{
    private const int ShortestInnerPart = 5;
    private const int ShortestHeadPart = 4;
    private const double ExtraWordWeight = 0.5;
    private const int MostSkippedWords = 2;

    private readonly string[] _stems;

    private CategoryKeyword(RequestCategory category, string[] stems, int contentWords)
    {
        Category = category;
        _stems = stems;
        Weight = 1 + ExtraWordWeight * (Math.Max(contentWords, 1) - 1);
        Specificity = stems.Sum(stem => stem.Length);
    }

    public RequestCategory Category { get; }

    /// <summary>Keywords of several content words ("Mobile Beratung") weigh more; "Umgang mit" counts as one word.</summary>
    public double Weight { get; }

    /// <summary>When keywords of two categories claim the same word, the longer one is the more specific.</summary>
    public int Specificity { get; }

    public static IEnumerable<CategoryKeyword> Of(RequestCategory category) => category.Keywords
        .Select(keyword => TextWords.Split(keyword))
        .Where(words => words.Count > 0)
        .Select(words => new CategoryKeyword(category, words.Select(word => GermanWords.Stem(word.Text)).ToArray(), words.Count(word => !StopWords.IsGerman(word.Text))))
        .DistinctBy(keyword => string.Join(' ', keyword._stems));

    /// <summary>
    /// Where the keyword starts in the text, or -1. Between the words of a keyword, up to two function words or
    /// numbers may stand in the text ("Förderung 2027 endet" matches "Förderung endet").
    /// </summary>
    public (int Start, int End) FindIn(IReadOnlyList<string> textStems, IReadOnlyList<bool> skippable)
    {
        for (var start = 0; start < textStems.Count; start++)
        {
            if (!Matches(textStems[start], _stems[0])) continue;
            var end = MatchRest(textStems, skippable, start + 1);
            if (end >= 0) return (start, end);
        }
        return (-1, -1);
    }

    private int MatchRest(IReadOnlyList<string> textStems, IReadOnlyList<bool> skippable, int position)
    {
        for (var next = 1; next < _stems.Length; next++)
        {
            var skipped = 0;
            while (position < textStems.Count && !Matches(textStems[position], _stems[next]) && skippable[position] && skipped < MostSkippedWords)
            {
                position++;
                skipped++;
            }
            if (position >= textStems.Count || !Matches(textStems[position], _stems[next])) return -1;
            position++;
        }
        return position;
    }

    // Equal stems match; a longer keyword stem also matches inside a compound ("fortbild" in
    // "fortbildungsveranstaltung"), a shorter one only as its head, the last part ("kost" in "personalkost").
    public static bool Matches(string textStem, string keywordStem) =>
        textStem == keywordStem
        || (keywordStem.Length >= ShortestInnerPart && textStem.Contains(keywordStem, StringComparison.Ordinal))
        || (keywordStem.Length >= ShortestHeadPart && textStem.EndsWith(keywordStem, StringComparison.Ordinal));
}
