using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Host.Data;
using NrwBot.Host.Knowledge;

namespace NrwBot.Host.Digest;

/// <summary>
/// The digest's facts from what exists: the question log (table "questions"), the knowledge base's expired
/// articles, and the requests and onboarding counts of their features (empty until those are plugged in).
/// Expired articles are those expired by today, whatever the period: they are the LKS's to-do list, not history.
/// </summary>
public sealed class DatabaseDigestDataSource(
    IDbContextFactory<NrwBotDbContext> contexts,
    KnowledgeService knowledge,
    IDigestRequestFacts requests,
    IDigestOnboardingFacts onboarding,
    TimeProvider clock) : IDigestDataSource
{
    public async Task<DigestInput> LoadAsync(DigestPeriod period, CancellationToken cancellationToken)
    {
        var requestFacts = await requests.RequestsAsync(period.Previous.Start, period.End, cancellationToken);
        var questions = await QuestionsAsync(period, cancellationToken);
        var expired = knowledge.ExpiredArticles(KnowledgeService.LocalDate(clock.GetUtcNow()))
            .Select(article => new DigestArticle(article.Id, article.Title, article.ValidUntil!.Value))
            .ToList();
        var counts = await onboarding.CountsAsync(period.Start, period.End, cancellationToken);
        return new DigestInput(requestFacts, questions, expired, counts);
    }

    // Questions are logged in the order they are asked, give or take a turn that finished late.
    private static readonly TimeSpan LoggingSlack = TimeSpan.FromHours(1);

    private async Task<List<DigestQuestion>> QuestionsAsync(DigestPeriod period, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (start, end) = (period.Start, period.End);
        var records = db.Database.IsSqlite()
            ? await SqliteQuestionsAsync(db, start, end, cancellationToken)
            : await db.Set<QuestionRecord>().AsNoTracking()
                .Where(record => record.AskedAt >= start && record.AskedAt < end)
                .OrderBy(record => record.Id)
                .ToListAsync(cancellationToken);
        return records.Select(ToQuestion).ToList();
    }

    // SQLite cannot compare DateTimeOffset values in SQL. Ids grow with time, so the log is read newest first and
    // the reading stops an hour before the period starts.
    private static async Task<List<QuestionRecord>> SqliteQuestionsAsync(NrwBotDbContext db, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var records = new List<QuestionRecord>();
        var newestFirst = db.Set<QuestionRecord>().AsNoTracking().OrderByDescending(record => record.Id).AsAsyncEnumerable();
        await foreach (var record in newestFirst.WithCancellation(cancellationToken))
        {
            if (record.AskedAt < start - LoggingSlack) break;
            if (record.AskedAt >= start && record.AskedAt < end) records.Add(record);
        }
        records.Reverse();
        return records;
    }

    private DigestQuestion ToQuestion(QuestionRecord record) =>
        new(record.Question, Decision(record.Decision), record.ArticleId, Feedback(record.Feedback), record.AskedAt)
        {
            ArticleTitle = record.ArticleId is { } id ? knowledge.Find(id)?.Title : null,
            Region = record.Region,
        };

    // The log writes the decision's lower-case name (KnowledgeCommandLine.Name) and "up"/"down" (DatabaseQuestionLog).
    private static KnowledgeDecision Decision(string value) =>
        Enum.TryParse<KnowledgeDecision>(value, ignoreCase: true, out var decision) ? decision : KnowledgeDecision.None;

    private static KnowledgeFeedback? Feedback(string? value) => value switch
    {
        "up" => KnowledgeFeedback.Helpful,
        "down" => KnowledgeFeedback.NotHelpful,
        _ => null,
    };
}
