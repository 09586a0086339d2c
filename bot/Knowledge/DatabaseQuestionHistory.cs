using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Requests;
using NrwBot.Dialogs.Requests.MyData;
using NrwBot.Host.Data;
using NrwBot.Dialogs.Privacy;

namespace NrwBot.Host.Knowledge;

/// <summary>
/// A user's own questions in the question log, for "Meine Daten" and "Meine Daten löschen". The log knows
/// users only by their pseudonymous key, so the key is computed here from the user, as when they asked.
/// </summary>
public sealed class DatabaseQuestionHistory(IDbContextFactory<NrwBotDbContext> contexts, IOptions<KnowledgeOptions> options) : IUserQuestionHistory
{
    public async Task<IReadOnlyList<LoggedQuestion>> ForUserAsync(UserRef user, CancellationToken cancellationToken)
    {
        var key = PseudonymousUserKey.For(user, options.Value.UserKeySalt);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Set<QuestionRecord>().AsNoTracking().Where(record => record.UserKey == key)
                .OrderByDescending(record => record.Id)
                .Select(record => new LoggedQuestion(record.AskedAt, record.Question, record.ArticleId != null) { Comment = record.FeedbackComment, Region = record.Region })
                .ToListAsync(cancellationToken);
        }
        catch (Exception error) when (error is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            throw new RequestStoreException("question log unavailable", error);
        }
    }

    // Deleted, not anonymised: the question text is the user's own words and may name them.
    public async Task<int> ForgetUserAsync(UserRef user, CancellationToken cancellationToken)
    {
        var key = PseudonymousUserKey.For(user, options.Value.UserKeySalt);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Set<QuestionRecord>().Where(record => record.UserKey == key).ExecuteDeleteAsync(cancellationToken);
        }
        catch (Exception error) when (error is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            throw new RequestStoreException("question log unavailable", error);
        }
    }
}
