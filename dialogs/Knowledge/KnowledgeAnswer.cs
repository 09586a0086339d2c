namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// The decision for one question. <see cref="Best"/> is the top article (null when nothing matched at all);
/// <see cref="Alternatives"/> are the other articles worth offering. <see cref="IsOutdated"/> says the top
/// article would have been the answer but is past its valid_until, so it is shown only with a warning.
/// </summary>
public sealed record KnowledgeAnswer(KnowledgeDecision Decision, KnowledgeHit? Best, IReadOnlyList<KnowledgeHit> Alternatives, bool IsOutdated)
{
    public static KnowledgeAnswer Nothing { get; } = new(KnowledgeDecision.None, null, [], false);

    /// <summary>The articles to offer under "Meinten Sie …?": the best one first.</summary>
    public IReadOnlyList<KnowledgeHit> Suggestions => Best is null ? [] : [Best, .. Alternatives];
}
