using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Knowledge;

namespace NrwBot.Dialogs.Analysis;

/// <summary>
/// The questions of the period the knowledge base had no answer for (as the digest counts them), by the topic of
/// the topic list they name, in the Kreis/Stadt the asker's profile named when the question was logged (null
/// without a profile: then it counts for NRW only). The log keeps nothing else about the person.
/// </summary>
public sealed class UnansweredQuestionFigures(IDigestDataSource digest, ContactDirectory topics) : IUnansweredQuestionFigures
{
    public RegionalFigure Figure => RegionalFigure.UnansweredQuestions;

    public async Task<IReadOnlyList<RegionalFact>> FactsAsync(DigestPeriod period, CancellationToken cancellationToken) =>
        (await digest.LoadAsync(period, cancellationToken)).Questions
            .Where(question => question.Decision == KnowledgeDecision.None && period.Contains(question.AskedAt))
            .Select(question => new RegionalFact(question.Region, topics.TopicMatcher.Find(question.Text)?.Name ?? AnalysisTexts.NoTopic.German))
            .ToList();
}
