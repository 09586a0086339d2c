using NrwBot.Dialogs.Knowledge;
using static NrwBot.Tests.Knowledge.KnowledgeFixtures;

namespace NrwBot.Tests.Knowledge;

/// <summary>
/// The quality gate of issue 3: the development set must reach top-1 ≥ 90 %, top-3 ≥ 97 % and ≥ 90 % of the
/// unanswerable questions declined ("none"). Fails when content, analysis or thresholds make it worse.
/// </summary>
public class KnowledgeEvaluationTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public void Development_set_meets_the_targets()
    {
        var set = KnowledgeEvaluator.ReadSet(RepositoryFile("tests", "data", "qa-dev.jsonl"));
        var options = new KnowledgeOptions();
        var knowledgeBase = KnowledgeLoader.Load(ContentFolder).Base;

        var figures = KnowledgeEvaluator.Evaluate(Service(knowledgeBase, options), set, Today);

        var misses = string.Join("\n", figures.Misses.Select(miss => $"{miss.Question} → {miss.FoundId} ({miss.Decision}), expected {miss.ExpectedId}"));
        Assert.True(figures.Top1 >= 0.90, $"top-1 {figures.Top1:P1}\n{misses}");
        Assert.True(figures.Top3 >= 0.97, $"top-3 {figures.Top3:P1}\n{misses}");
        Assert.True(figures.Declined >= 0.90, $"declined {figures.Declined:P1}\n{misses}");
    }

    [Fact]
    public void Development_set_has_the_required_size_and_spread()
    {
        var set = KnowledgeEvaluator.ReadSet(RepositoryFile("tests", "data", "qa-dev.jsonl"));
        var knowledgeBase = KnowledgeLoader.Load(ContentFolder).Base;

        Assert.True(set.Count >= 140, $"{set.Count} questions");
        Assert.True(set.Count(item => item.ExpectedId is null) >= 25);
        Assert.All(knowledgeBase.Articles, article => Assert.True(set.Count(item => item.ExpectedId == article.Id) >= 5, article.Id));
        Assert.All(set.Where(item => item.ExpectedId is not null), item => Assert.NotNull(knowledgeBase.Find(item.ExpectedId!)));
    }

    [Fact]
    public void Our_search_beats_the_plain_BM25_baseline_on_the_development_set()
    {
        var set = KnowledgeEvaluator.ReadSet(RepositoryFile("tests", "data", "qa-dev.jsonl"));
        var knowledgeBase = KnowledgeLoader.Load(ContentFolder).Base;

        var ours = KnowledgeEvaluator.Evaluate(Service(knowledgeBase), set, Today);
        var baseline = KnowledgeEvaluator.EvaluateBaseline(new BaselineSearcher(knowledgeBase), set);

        Assert.True(ours.Top1 > baseline.Top1, $"ours {ours.Top1:P1}, baseline {baseline.Top1:P1}");
        Assert.True(ours.Declined > baseline.Declined, $"ours {ours.Declined:P1}, baseline {baseline.Declined:P1}");
    }
}
