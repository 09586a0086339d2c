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

    /// <summary>
    /// Per expected article, which other article was ranked first instead and how often, most confused first:
    /// the articles that need more phrasings (or a clearer title) for the LKS.
    /// </summary>
    public IReadOnlyList<(string ExpectedId, IReadOnlyList<(string FoundId, int Count)> Instead)> Confusions =>
        Misses.Where(miss => miss.ExpectedId is not null && miss.FoundId is not null)
            .GroupBy(miss => miss.ExpectedId!)
            .Select(group => (group.Key, (IReadOnlyList<(string, int)>)group.GroupBy(miss => miss.FoundId!)
                .Select(found => (found.Key, found.Count())).OrderByDescending(pair => pair.Item2).ThenBy(pair => pair.Key, StringComparer.Ordinal).ToList()))
            .OrderByDescending(entry => entry.Item2.Sum(pair => pair.Item2)).ThenBy(entry => entry.Key, StringComparer.Ordinal)
            .ToList();
}
