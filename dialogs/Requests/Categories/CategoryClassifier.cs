using NrwBot.Dialogs.Language;

namespace NrwBot.Dialogs.Requests.Categories;

/// <summary>
/// Proposes a category for a request text from the keywords and examples in <c>categories.yml</c>:
/// <list type="bullet">
/// <item>words are compared by stem (<see cref="GermanWords"/>), so inflections and compounds match;</item>
/// <item>when keywords of several categories claim the same word, only the most specific (longest) counts;</item>
/// <item>earlier words weigh more, because staff name the kind of help first and its topic after
///   ("Fortbildung zum Umgang mit …", "Vernetzung mit der Mobilen Beratung");</item>
/// <item>words of the examples count a quarter of a keyword; words used by three categories' examples not at all.</item>
/// </list>
/// Nothing is learnt from the development set; it only measures (tests/data/support-needs-dev.jsonl).
/// </summary>
public sealed class CategoryClassifier
{
    // Calibrated on the development set: a keyword in fifth content position weighs 0.6 of one in first position.
    private const double PositionDecay = 0.15;
    private const double ExampleWeight = 0.25;
    private const double MinimumScore = 0.5;
    private const double ConfidenceDamping = 0.5;
    private const int CommonExampleWord = 3;

    private readonly CategoryCatalog _catalog;
    private readonly IReadOnlyList<CategoryKeyword> _keywords;
    private readonly IReadOnlyDictionary<RequestCategory, HashSet<string>> _exampleStems;

    public CategoryClassifier(CategoryCatalog catalog)
    {
        _catalog = catalog;
        _keywords = catalog.Categories.SelectMany(CategoryKeyword.Of).ToList();
        _exampleStems = ExampleStems(catalog.Categories);
    }

    public CategoryProposal Propose(string text)
    {
        var words = TextWords.Split(text);
        var stems = words.Select(word => GermanWords.Stem(word.Text)).ToList();
        var weights = PositionWeights(words);
        var scores = _catalog.Categories.ToDictionary(category => category, _ => 0.0);
        var covered = ScoreKeywords(words, stems, weights, scores);
        ScoreExamples(stems, weights, covered, scores);
        var best = scores.MaxBy(pair => pair.Value);
        if (best.Value < MinimumScore) return new CategoryProposal(_catalog.Fallback, 0);
        return new CategoryProposal(best.Key, Math.Round(best.Value / (scores.Values.Sum() + ConfidenceDamping), 2));
    }

    private bool[] ScoreKeywords(IReadOnlyList<WordToken> words, IReadOnlyList<string> stems, IReadOnlyList<double> weights, Dictionary<RequestCategory, double> scores)
    {
        var skippable = words.Select(word => StopWords.IsGerman(word.Text) || word.Text.All(char.IsDigit)).ToList();
        var matches = _keywords.Select(keyword => (Keyword: keyword, Span: keyword.FindIn(stems, skippable))).Where(match => match.Span.Start >= 0).ToList();
        var covered = new bool[stems.Count];
        foreach (var (keyword, (start, end)) in matches)
        {
            var outranked = matches.Any(other => other.Keyword.Specificity > keyword.Specificity && other.Span.Start < end && start < other.Span.End);
            if (outranked) continue;
            scores[keyword.Category] += keyword.Weight * weights[start];
            for (var index = start; index < end; index++) covered[index] = true;
        }
        return covered;
    }

    private void ScoreExamples(IReadOnlyList<string> stems, IReadOnlyList<double> weights, bool[] covered, Dictionary<RequestCategory, double> scores)
    {
        foreach (var (category, exampleStems) in _exampleStems)
        {
            var hits = Enumerable.Range(0, stems.Count)
                .Where(index => !covered[index] && stems[index].Length >= 4 && exampleStems.Any(example => CategoryKeyword.Matches(stems[index], example)))
                .DistinctBy(index => stems[index]);
            scores[category] += hits.Sum(index => ExampleWeight * weights[index]);
        }
    }

    private static double[] PositionWeights(IReadOnlyList<WordToken> words)
    {
        var weights = new double[words.Count];
        var contentIndex = 0;
        for (var index = 0; index < words.Count; index++)
        {
            weights[index] = 1 / (1 + PositionDecay * contentIndex);
            if (!StopWords.IsGerman(words[index].Text)) contentIndex++;
        }
        return weights;
    }

    private static Dictionary<RequestCategory, HashSet<string>> ExampleStems(IReadOnlyList<RequestCategory> categories)
    {
        var stems = categories.ToDictionary(category => category, category => category.Examples
            .SelectMany(TextWords.Split)
            .Where(word => !StopWords.IsGerman(word.Text) && word.Text.Length >= 4)
            .Select(word => GermanWords.Stem(word.Text))
            .ToHashSet());
        var common = stems.Values.SelectMany(set => set).CountBy(stem => stem)
            .Where(pair => pair.Value >= CommonExampleWord).Select(pair => pair.Key).ToHashSet();
        foreach (var set in stems.Values) set.ExceptWith(common);
        return stems;
    }
}
