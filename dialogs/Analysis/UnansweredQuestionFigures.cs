using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Knowledge;

namespace NrwBot.Dialogs.Analysis;

/// <summary>
/// The questions of the period the knowledge base had no answer for (as the digest counts them), by the topic of
/// the topic list they name. The question log is pseudonymous and keeps no region, so these facts belong to NRW as
/// a whole only (region null).
/// </summary>
public sealed class UnansweredQuestionFigures(IDigestDataSource digest, ContactDirectory topics) : IUnansweredQuestionFigures
{
    public RegionalFigure Figure => RegionalFigure.UnansweredQuestions;

    public async Task<IReadOnlyList<RegionalFact>> FactsAsync(DigestPeriod period, CancellationToken cancellationToken) =>
        (await digest.LoadAsync(period, cancellationToken)).Questions
            .Where(question => question.Decision == KnowledgeDecision.None && period.Contains(question.AskedAt))
            .Select(question => new RegionalFact(null, topics.TopicMatcher.Find(question.Text)?.Name ?? AnalysisTexts.NoTopic.German))
            .ToList();
}
