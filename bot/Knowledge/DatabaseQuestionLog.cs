using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Host.Data;

namespace NrwBot.Host.Knowledge;

/// <summary>The question log on the bot's database, read by the digests and by "Meine Daten".</summary>
public sealed class DatabaseQuestionLog(IDbContextFactory<NrwBotDbContext> contexts, GroupCommit commits) : IQuestionLog
{
    /// <summary>
    /// Every knowledge question writes one row before it is answered (its id is on the answer's 👍/👎): through
    /// <see cref="GroupCommit"/>, so the questions of concurrent turns share one transaction instead of one commit each.
    /// </summary>
    public async Task<string> RecordAsync(QuestionLogEntry entry, CancellationToken cancellationToken)
    {
        QuestionRecord? stored = null;
        await commits.WriteAsync(async (db, token) =>
        {
            // A new row on every try: a batch that failed is run again write by write, and its id was never committed.
            stored = ToRecord(entry);
            db.Set<QuestionRecord>().Add(stored);
            return await db.SaveChangesAsync(token);
        }, cancellationToken);
        return stored!.Id.ToString(CultureInfo.InvariantCulture);
    }

    private static QuestionRecord ToRecord(QuestionLogEntry entry) => new()
    {
        UserKey = entry.UserKey,
        Question = entry.Question,
        ArticleId = entry.ArticleId,
        Decision = KnowledgeCommandLine.Name(entry.Decision),
        Confidence = entry.Confidence,
        AskedAt = entry.AskedAt,
        Region = entry.Region is { Length: > 0 and <= 200 } region ? region : null,
    };

    public Task<bool> RecordFollowUpAsync(string entryId, string userKey, string articleId, CancellationToken cancellationToken) =>
        UpdateAsync(entryId, userKey, record => record.FollowUpArticleId = articleId, cancellationToken);

    public Task<bool> RecordFeedbackAsync(string entryId, string userKey, KnowledgeFeedback feedback, CancellationToken cancellationToken) =>
        UpdateAsync(entryId, userKey, record => record.Feedback = feedback == KnowledgeFeedback.Helpful ? "up" : "down", cancellationToken);

    public Task<bool> RecordFeedbackCommentAsync(string entryId, string userKey, string comment, CancellationToken cancellationToken) =>
        UpdateAsync(entryId, userKey, record => record.FeedbackComment = comment.Length <= QuestionRecord.MaxCommentLength ? comment : comment[..QuestionRecord.MaxCommentLength],
            cancellationToken);

    public async Task<IReadOnlyList<NotHelpfulQuestion>> NotHelpfulSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<QuestionRecord>().AsNoTracking().Where(record => record.Feedback == "down").OrderByDescending(record => record.Id)
            .Take(UnansweredLimit).Select(record => new { record.Question, record.ArticleId, record.FeedbackComment, record.AskedAt }).ToListAsync(cancellationToken);
        return rows.Where(row => row.AskedAt >= since).Select(row => new NotHelpfulQuestion(row.Question, row.ArticleId, row.FeedbackComment)).ToList();
    }

    /// <summary>The newest unanswered questions (at most <see cref="UnansweredLimit"/>); SQLite cannot compare times in SQL, so the period is cut here.</summary>
    public async Task<IReadOnlyList<string>> UnansweredSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var none = KnowledgeCommandLine.Name(KnowledgeDecision.None);
        var rows = await db.Set<QuestionRecord>().AsNoTracking().Where(record => record.Decision == none).OrderByDescending(record => record.Id)
            .Take(UnansweredLimit).Select(record => new { record.Question, record.AskedAt }).ToListAsync(cancellationToken);
        return rows.Where(row => row.AskedAt >= since).Select(row => row.Question).ToList();
    }

    public const int UnansweredLimit = 5000;

    // Ids come back from card buttons, which a client can forge: only the asker's own entry changes, and anything
    // that is not one of ours is ignored, not an error.
    private async Task<bool> UpdateAsync(string entryId, string userKey, Action<QuestionRecord> change, CancellationToken cancellationToken)
    {
        if (!long.TryParse(entryId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return false;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<QuestionRecord>().FindAsync([id], cancellationToken);
        if (record is null || record.UserKey != userKey) return false;
        change(record);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
