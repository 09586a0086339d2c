using NrwBot.Dialogs.Knowledge;
using static NrwBot.Tests.Knowledge.KnowledgeFixtures;

namespace NrwBot.Tests.Knowledge;

/// <summary>
/// Issue 10's quality gate on questions nobody tuned for. tests/data/qa-blind.jsonl was written and committed
/// before any retrieval change and is never used to choose anything (weights and thresholds are chosen on the
/// development set and on the cross-validation of the phrasings). Targets: top-1 ≥ 90 %, top-3 ≥ 97 %, ≥ 90 % of
/// the unanswerable declined, all three held at their targets. Top-1 was 89.7 % (130 of 145) before compound
/// splitting by best reading, part synonyms, derivations and the answer's sentences in the trigram stage (chosen on
/// the development set and the cross-validation only); after them, in one run: top-1 91.0 %, top-3 98.6 %,
/// declined 100 %.
/// </summary>
public class KnowledgeBlindSetTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public void Blind_set_reaches_the_top_1_top_3_and_declined_targets()
    {
        var set = KnowledgeEvaluator.ReadSet(RepositoryFile("tests", "data", "qa-blind.jsonl"));
        var knowledgeBase = KnowledgeLoader.Load(ContentFolder).Base;

        var figures = KnowledgeEvaluator.Evaluate(Service(knowledgeBase, new KnowledgeOptions()), set, Today);

        Assert.True(set.Count(item => item.ExpectedId is not null) >= 120 && set.Count(item => item.ExpectedId is null) >= 30, $"{set.Count} questions");
        Assert.True(figures.Top3 >= 0.97, $"top-3 {figures.Top3:P1}");
        Assert.True(figures.Declined >= 0.90, $"declined {figures.Declined:P1}");
        Assert.True(figures.Top1 >= 0.90, $"top-1 {figures.Top1:P1}");
    }

    [Fact]
    public void Each_phrasing_left_out_still_finds_its_article_among_the_first_three()
    {
        var knowledgeBase = KnowledgeLoader.Load(ContentFolder).Base;

        var figures = KnowledgeEvaluator.CrossValidatePhrasings(knowledgeBase, new KnowledgeOptions(), Today);

        Assert.True(figures.Top3 >= 0.95, $"top-3 {figures.Top3:P1}");
        // The old SuggestThreshold (0.51) declined 27 of 88 (31 %); 0.45 declined 20, with compound parts and derivations 17.
        Assert.True(figures.AnswerableDecisions.GetValueOrDefault(KnowledgeDecision.None) <= figures.AnswerableDecisions.Values.Sum() / 4,
            "more than one in four wordings with an article declined");
    }
}
