namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// Turns search hits into a decision. Confidence of the best article = its coverage of the question, lowered
/// when the runner-up scores almost as high (then the question is ambiguous); the other articles' confidence
/// is the best one's scaled by their relevance relative to the best. Suggestions need a coverage of at least
/// <see cref="KnowledgeOptions.SuggestThreshold"/>. An article past its valid_until is never a
/// confident answer: it is offered with a warning instead.
/// </summary>
public sealed class AnswerPolicy(KnowledgeOptions options)
{
    // Alternatives far behind the best one are noise under "Meinten Sie …?".
    private const double MinRelativeRelevance = 0.25;

    public KnowledgeAnswer Decide(IReadOnlyList<KnowledgeHit> hits, DateOnly today)
    {
        if (hits.Count == 0) return KnowledgeAnswer.Nothing;
        var ranked = WithConfidence(hits);
        var best = ranked[0];
        // A close runner-up stops an answer, but must not turn "several articles fit" into "none fits".
        var decision = best.Confidence >= options.AnswerThreshold ? KnowledgeDecision.Answer
            : best.Coverage >= options.SuggestThreshold ? KnowledgeDecision.Suggest
            : KnowledgeDecision.None;
        var outdated = decision == KnowledgeDecision.Answer && best.Article.IsExpiredOn(today);
        if (outdated) decision = KnowledgeDecision.Suggest;
        var alternatives = ranked.Skip(1)
            .Where(hit => hit.Coverage >= options.SuggestThreshold && hit.Relevance >= best.Relevance * MinRelativeRelevance)
            .Take(Math.Max(0, options.MaxSuggestions - 1))
            .ToList();
        return new KnowledgeAnswer(decision, best, alternatives, outdated);
    }

    private List<KnowledgeHit> WithConfidence(IReadOnlyList<KnowledgeHit> hits)
    {
        var top = hits[0].Relevance;
        var runnerUp = hits.Count > 1 && top > 0 ? hits[1].Relevance / top : 0;
        var ranked = new List<KnowledgeHit> { hits[0] with { Confidence = hits[0].Coverage * (1 - options.RunnerUpPenalty * runnerUp * runnerUp) } };
        // The others are rated relative to the best one, so no alternative looks surer than the article shown first.
        ranked.AddRange(hits.Skip(1).Select(hit => hit with { Confidence = top > 0 ? ranked[0].Confidence * (hit.Relevance / top) : 0 }));
        return ranked;
    }
}
