namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// The quality of one searcher on an evaluation set. Top-1 and top-3 count answerable questions whose article
/// is ranked first or among the first three; <see cref="Declined"/> is the share of unanswerable questions that
/// got the decision "none" (a "Meinten Sie …?" does not count as declined).
/// </summary>
public sealed record EvalFigures(double Top1, double Top3, double Declined, IReadOnlyList<EvalMiss> Misses)
{
    /// <summary>How the answerable questions were decided: answer / suggest / none (our searcher only).</summary>
    public IReadOnlyDictionary<KnowledgeDecision, int> AnswerableDecisions { get; init; } = new Dictionary<KnowledgeDecision, int>();
}
