using NrwBot.Dialogs.Knowledge;
using static NrwBot.Tests.Knowledge.KnowledgeFixtures;

namespace NrwBot.Tests.Knowledge;

public class AnswerPolicyTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly KnowledgeOptions Options = new() { AnswerThreshold = 0.65, SuggestThreshold = 0.45, RunnerUpPenalty = 0.5 };
    private readonly AnswerPolicy _policy = new(Options);

    private static KnowledgeHit Hit(string id, float score, double coverage, DateOnly? validUntil = null) =>
        new(Article(id, id, "Text.", ["A?", "B?", "C?"], validUntil: validUntil), score, coverage, 0);

    [Fact]
    public void Full_coverage_and_a_clear_lead_is_an_answer()
    {
        var answer = _policy.Decide([Hit("a", 20, 1.0), Hit("b", 5, 0.5)], Today);

        Assert.Equal(KnowledgeDecision.Answer, answer.Decision);
        Assert.Equal("a", answer.Best!.Article.Id);
        Assert.Equal(1.0 - 0.5 * Math.Pow(5 * 0.5 / 20.0, 2), answer.Best.Confidence, 6);
    }

    [Fact]
    public void A_close_runner_up_turns_an_answer_into_suggestions()
    {
        var answer = _policy.Decide([Hit("a", 20, 1.0), Hit("b", 19, 1.0), Hit("c", 18, 0.9), Hit("d", 17, 0.9)], Today);

        Assert.Equal(KnowledgeDecision.Suggest, answer.Decision);
        Assert.Equal(["a", "b", "c"], answer.Suggestions.Select(hit => hit.Article.Id));
    }

    [Fact]
    public void Low_coverage_is_none()
    {
        var answer = _policy.Decide([Hit("a", 30, 0.3)], Today);

        Assert.Equal(KnowledgeDecision.None, answer.Decision);
        Assert.Empty(answer.Alternatives);
    }

    [Fact]
    public void No_hits_is_none()
    {
        Assert.Equal(KnowledgeAnswer.Nothing, _policy.Decide([], Today));
    }

    [Fact]
    public void Thresholds_come_from_the_options()
    {
        var hits = new[] { Hit("a", 20, 0.6) };

        Assert.Equal(KnowledgeDecision.Suggest, _policy.Decide(hits, Today).Decision);
        Assert.Equal(KnowledgeDecision.Answer, new AnswerPolicy(new KnowledgeOptions { AnswerThreshold = 0.55 }).Decide(hits, Today).Decision);
    }

    [Fact]
    public void An_expired_article_is_never_a_confident_answer()
    {
        var answer = _policy.Decide([Hit("a", 20, 1.0, validUntil: Today.AddDays(-1))], Today);

        Assert.Equal(KnowledgeDecision.Suggest, answer.Decision);
        Assert.True(answer.IsOutdated);
    }

    [Fact]
    public void An_article_valid_until_today_still_answers()
    {
        var answer = _policy.Decide([Hit("a", 20, 1.0, validUntil: Today)], Today);

        Assert.Equal(KnowledgeDecision.Answer, answer.Decision);
        Assert.False(answer.IsOutdated);
    }

    [Fact]
    public void Expired_articles_are_listed_for_the_digest()
    {
        var service = Service(SmallBase(mittelabrufValidUntil: new DateOnly(2026, 6, 30)));

        Assert.Equal(["mittelabruf"], service.ExpiredArticles(Today).Select(article => article.Id));
        Assert.Empty(service.ExpiredArticles(new DateOnly(2026, 6, 30)));
    }
}
