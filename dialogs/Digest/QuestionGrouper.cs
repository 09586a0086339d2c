using NrwBot.Dialogs.Language;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Digest;

/// <summary>
/// Groups questions that are the same question in other words. Each question is analysed with the knowledge
/// search's own German analysis (stop words, umlaut folding, light stemming, and, given the knowledge base, its
/// synonyms and compound parts), so "VN" meets "Verwendungsnachweis" and "Referentenpool" meets "Referenten" as
/// they do in search. A word is the set of terms at one position (the word, its synonym group, its parts); two
/// words match when those sets share a term or differ by one typo. Two questions are the same when the matched
/// words are at least half of all their distinct words (a Jaccard index over words; calibrated on the labelled set
/// in tests/NrwBot.Tests/Digest/QuestionGroupingSet.cs, where 7 of 25 pairs of the same question score exactly 0.5). A question joins the group whose first wording it
/// resembles most, not any member's, so groups cannot drift from topic to topic by chains of near neighbours.
/// </summary>
public sealed class QuestionGrouper : IDisposable
{
    /// <summary>From this share of matched words on, two questions are one.</summary>
    public const double SameQuestionThreshold = 0.5;

    // A typo is allowed in longer words only: "Frist"/"First" would otherwise pass for each other.
    private const int TypoMinLength = 6;

    private readonly Analyzer _analyzer;

    private QuestionGrouper(Analyzer analyzer) => _analyzer = analyzer;

    /// <summary>With the knowledge base's synonyms and compound parts; without one, the plain German analysis.</summary>
    public static QuestionGrouper For(KnowledgeBase? knowledgeBase) =>
        new(knowledgeBase is null ? KnowledgeAnalyzer.Basic() : KnowledgeAnalyzer.For(knowledgeBase));

    public IReadOnlyList<QuestionGroup> Group(IEnumerable<string> questions)
    {
        var groups = new List<Builder>();
        foreach (var wording in Wordings(questions))
        {
            var best = groups
                .Select(group => (Group: group, Similarity: Similarity(wording.Words, group.Leader.Words)))
                .Where(candidate => candidate.Similarity >= SameQuestionThreshold)
                .OrderByDescending(candidate => candidate.Similarity)
                .FirstOrDefault();
            if (best.Group is null) groups.Add(new Builder(wording));
            else best.Group.Add(wording);
        }
        return groups
            .OrderByDescending(group => group.Count)
            .ThenBy(group => group.Leader.FirstIndex)
            .Select(group => group.ToGroup())
            .ToList();
    }

    public bool AreSame(string first, string second) => Similarity(Words(first), Words(second)) >= SameQuestionThreshold;

    public double Similarity(string first, string second) => Similarity(Words(first), Words(second));

    public void Dispose() => _analyzer.Dispose();

    // The same text up to case, umlaut spelling and punctuation counts as one wording; most frequent first.
    private List<Wording> Wordings(IEnumerable<string> questions) =>
        questions
            .Select((text, index) => (Text: text.Trim(), Index: index))
            .Where(question => question.Text.Length > 0)
            .GroupBy(question => GermanText.FoldText(question.Text))
            .Select(same => new Wording(same.First().Text, same.Count(), same.First().Index, Words(same.First().Text)))
            .OrderByDescending(wording => wording.Count)
            .ThenBy(wording => wording.FirstIndex)
            .ToList();

    private IReadOnlyList<HashSet<string>> Words(string text)
    {
        var words = new List<HashSet<string>>();
        using var stream = _analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (value.Length < 2) continue;
            if (position.PositionIncrement > 0 || words.Count == 0) words.Add([]);
            words[^1].Add(value);
        }
        stream.End();
        return words.Where(word => word.Count > 0).ToList();
    }

    private static double Similarity(IReadOnlyList<HashSet<string>> first, IReadOnlyList<HashSet<string>> second)
    {
        if (first.Count == 0 || second.Count == 0) return 0;
        var used = new bool[second.Count];
        var matched = 0;
        foreach (var word in first)
        {
            for (var index = 0; index < second.Count; index++)
            {
                if (used[index] || !Match(word, second[index])) continue;
                used[index] = true;
                matched++;
                break;
            }
        }
        return (double)matched / (first.Count + second.Count - matched);
    }

    private static bool Match(HashSet<string> first, HashSet<string> second) =>
        first.Overlaps(second) || first.Any(a => a.Length >= TypoMinLength && second.Any(b => b.Length >= TypoMinLength && EditDistance.Compute(a, b, 1) <= 1));

    private sealed record Wording(string Text, int Count, int FirstIndex, IReadOnlyList<HashSet<string>> Words);

    private sealed class Builder(Wording leader)
    {
        private readonly List<Wording> _others = [];

        public Wording Leader { get; } = leader;
        public int Count => Leader.Count + _others.Sum(other => other.Count);

        public void Add(Wording wording) => _others.Add(wording);

        public QuestionGroup ToGroup() => new(Leader.Text, Count, _others.Select(other => other.Text).ToList());
    }
}
