using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Host.Data;

namespace NrwBot.Host.Knowledge;

/// <summary>The question log on the bot's database, read by the digests and by "Meine Daten".</summary>
public sealed class DatabaseQuestionLog(IDbContextFactory<NrwBotDbContext> contexts) : IQuestionLog
{
    public async Task<string> RecordAsync(QuestionLogEntry entry, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = new QuestionRecord
        {
            UserKey = entry.UserKey,
            Question = entry.Question,
            ArticleId = entry.ArticleId,
            Decision = KnowledgeCommandLine.Name(entry.Decision),
            Confidence = entry.Confidence,
            AskedAt = entry.AskedAt,
        };
        db.Set<QuestionRecord>().Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record.Id.ToString(CultureInfo.InvariantCulture);
    }

    public Task RecordFollowUpAsync(string entryId, string articleId, CancellationToken cancellationToken) =>
        UpdateAsync(entryId, record => record.FollowUpArticleId = articleId, cancellationToken);

    public Task RecordFeedbackAsync(string entryId, KnowledgeFeedback feedback, CancellationToken cancellationToken) =>
        UpdateAsync(entryId, record => record.Feedback = feedback == KnowledgeFeedback.Helpful ? "up" : "down", cancellationToken);

    // Ids come back from card buttons: anything that is not one of ours is ignored, not an error.
    private async Task UpdateAsync(string entryId, Action<QuestionRecord> change, CancellationToken cancellationToken)
    {
        if (!long.TryParse(entryId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<QuestionRecord>().FindAsync([id], cancellationToken);
        if (record is null) return;
        change(record);
        await db.SaveChangesAsync(cancellationToken);
    }
}
