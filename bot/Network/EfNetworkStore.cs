using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Network;
using NrwBot.Host.Data;
using NrwBot.Host.Outbox;

namespace NrwBot.Host.Network;

/// <summary>The network questions, answers and opt-ins in the bot's database (SQLite or PostgreSQL).</summary>
public sealed class EfNetworkStore(IDbContextFactory<NrwBotDbContext> contexts, OutboxWriter outbox, NetworkOptions options) : INetworkStore
{
    public Task<(NetworkQuestion Question, bool IsNew)> AskAsync(NewNetworkQuestion question, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        if (await FindBySourceAsync(question.SourceKey, cancellationToken) is { } stored) return (stored, false);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var record = new NetworkQuestionRecord
        {
            AskerKey = question.AskerKey,
            AskerName = question.AskerName,
            Regierungsbezirk = question.Regierungsbezirk,
            Text = question.Text,
            State = NetworkState.Open.ToString(),
            CreatedAt = question.CreatedAt.ToUnixTimeMilliseconds(),
            SourceKey = question.SourceKey,
        };
        db.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            QueueSending(db, record, question.Recipients);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Both clicks of a double click inserted at once: the unique source key let one win.
            await transaction.RollbackAsync(CancellationToken.None);
            if (await FindBySourceAsync(question.SourceKey, cancellationToken) is { } raced) return (raced, false);
            throw;
        }
        outbox.Committed();
        return (ToQuestion(record, 0), true);
    });

    /// <summary>
    /// In the question's transaction: its channel card and the personal copies, rendered from the stored question when
    /// delivered. A crash right after the commit loses neither, and a second click (same source key) queues nothing.
    /// </summary>
    private void QueueSending(NrwBotDbContext db, NetworkQuestionRecord record, IReadOnlyList<string> recipients)
    {
        if (NetworkChannelCards.Queue(options, record.Id) is { } card) outbox.Add(db, card);
        if (recipients.Count == 0) return;
        record.BatchId = NetworkSubjects.BatchOf(record.Id);
        foreach (var recipient in recipients.Distinct(StringComparer.Ordinal)) outbox.Add(db, NetworkPersonalCopies.Queue(record.Id, recipient));
    }

    public Task<bool> HasSourceAsync(string sourceKey, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<NetworkQuestionRecord>().AnyAsync(record => record.SourceKey == sourceKey, cancellationToken);
    });

    public Task<NetworkQuestion?> FindAsync(long id, CancellationToken cancellationToken) =>
        GuardAsync(() => FindWhereAsync(record => record.Id == id, cancellationToken));

    public Task<NetworkQuestion?> FindByCardAsync(string activityId, CancellationToken cancellationToken) =>
        GuardAsync(() => FindWhereAsync(record => record.CardActivityId == activityId, cancellationToken));

    public Task<string?> CardOfAsync(long id, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<NetworkQuestionRecord>().Where(record => record.Id == id).Select(record => record.CardActivityId).FirstOrDefaultAsync(cancellationToken);
    });

    public Task RememberCardAsync(long id, string activityId, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<NetworkQuestionRecord>().Where(record => record.Id == id)
            .ExecuteUpdateAsync(setters => setters.SetProperty(record => record.CardActivityId, activityId), cancellationToken);
        return true;
    });

    public Task<AnswerOutcome> AnswerAsync(NewNetworkAnswer answer, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        if (await FindAnswerWhereAsync(record => record.SourceKey == answer.SourceKey, cancellationToken) is { } stored)
            return new AnswerOutcome(stored, await FindWhereAsync(record => record.Id == answer.QuestionId, cancellationToken), false);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var open = NetworkState.Open.ToString();
        // Taken only while the question is open, checked in the transaction that stores the answer.
        if (!await db.Set<NetworkQuestionRecord>().AnyAsync(record => record.Id == answer.QuestionId && record.State == open, cancellationToken))
            return new AnswerOutcome(null, await FindWhereAsync(record => record.Id == answer.QuestionId, cancellationToken), false);
        var record = new NetworkAnswerRecord
        {
            QuestionId = answer.QuestionId,
            AuthorKey = answer.AuthorKey,
            AuthorName = answer.AuthorName,
            Text = answer.Text,
            CreatedAt = answer.CreatedAt.ToUnixTimeMilliseconds(),
            SourceKey = answer.SourceKey,
        };
        db.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            if (await FindAnswerWhereAsync(row => row.SourceKey == answer.SourceKey, cancellationToken) is not { } raced) throw;
            return new AnswerOutcome(raced, await FindWhereAsync(row => row.Id == answer.QuestionId, cancellationToken), false);
        }
        return new AnswerOutcome(ToAnswer(record), await FindWhereAsync(row => row.Id == answer.QuestionId, cancellationToken), true);
    });

    public Task<NetworkAnswer?> FindAnswerAsync(long id, CancellationToken cancellationToken) =>
        GuardAsync(() => FindAnswerWhereAsync(record => record.Id == id, cancellationToken));

    public Task<bool> HasAnswerSourceAsync(string sourceKey, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<NetworkAnswerRecord>().AnyAsync(record => record.SourceKey == sourceKey, cancellationToken);
    });

    public Task<IReadOnlyList<NetworkAnswer>> AnswersAsync(long questionId, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Set<NetworkAnswerRecord>().AsNoTracking().Where(record => record.QuestionId == questionId).OrderBy(record => record.Id).ToListAsync(cancellationToken);
        return (IReadOnlyList<NetworkAnswer>)records.Select(ToAnswer).ToList();
    });

    public Task<bool> MarkHelpfulAsync(long answerId, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<NetworkAnswerRecord>().Where(record => record.Id == answerId && !record.Helpful)
            .ExecuteUpdateAsync(setters => setters.SetProperty(record => record.Helpful, true), cancellationToken) == 1;
    });

    public Task<bool> ChangeStateAsync(long id, NetworkState state, string? reason, DateTimeOffset at, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Closing and withdrawing start from an open question; the LKS hides open and closed ones. One conditional UPDATE each.
        var from = state == NetworkState.Hidden ? new[] { NetworkState.Open.ToString(), NetworkState.Closed.ToString() }
            : state == NetworkState.Withdrawn ? [NetworkState.Open.ToString(), NetworkState.Closed.ToString()]
            : [NetworkState.Open.ToString()];
        var target = state.ToString();
        var millis = at.ToUnixTimeMilliseconds();
        return await db.Set<NetworkQuestionRecord>().Where(record => record.Id == id && from.Contains(record.State))
            .ExecuteUpdateAsync(setters => setters
                .SetProperty(record => record.State, target)
                .SetProperty(record => record.ModerationReason, reason)
                .SetProperty(record => record.ClosedAt, millis), cancellationToken) == 1;
    });

    public Task<bool> HideAnswerAsync(long answerId, string? reason, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<NetworkAnswerRecord>().Where(record => record.Id == answerId && !record.Hidden)
            .ExecuteUpdateAsync(setters => setters.SetProperty(record => record.Hidden, true).SetProperty(record => record.ModerationReason, reason), cancellationToken) == 1;
    });

    public Task<int> CountSinceAsync(string userKey, bool answers, DateTimeOffset since, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var from = since.ToUnixTimeMilliseconds();
        return answers
            ? await db.Set<NetworkAnswerRecord>().CountAsync(record => record.AuthorKey == userKey && record.CreatedAt >= from, cancellationToken)
            : await db.Set<NetworkQuestionRecord>().CountAsync(record => record.AskerKey == userKey && record.CreatedAt >= from, cancellationToken);
    });

    public Task<IReadOnlyList<NetworkQuestion>> QuestionsOfAsync(string userKey, CancellationToken cancellationToken) =>
        ListAsync(rows => rows.Where(record => record.AskerKey == userKey).OrderByDescending(record => record.Id), cancellationToken);

    public Task<IReadOnlyList<NetworkAnswer>> AnswersOfAsync(string userKey, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Set<NetworkAnswerRecord>().AsNoTracking().Where(record => record.AuthorKey == userKey).OrderByDescending(record => record.Id).ToListAsync(cancellationToken);
        return (IReadOnlyList<NetworkAnswer>)records.Select(ToAnswer).ToList();
    });

    public Task<IReadOnlyList<NetworkQuestion>> AnsweredAsync(int limit, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        var visible = new[] { NetworkState.Open.ToString(), NetworkState.Closed.ToString() };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var answers = db.Set<NetworkAnswerRecord>();
        var list = await db.Set<NetworkQuestionRecord>().AsNoTracking()
            .Where(record => visible.Contains(record.State))
            .Select(record => new { Record = record, Answers = answers.Count(answer => answer.QuestionId == record.Id && !answer.Hidden) })
            .Where(row => row.Answers > 0)
            .OrderByDescending(row => row.Record.Id).Take(limit)
            .ToListAsync(cancellationToken);
        return (IReadOnlyList<NetworkQuestion>)list.Select(row => ToQuestion(row.Record, row.Answers)).ToList();
    });

    public Task<IReadOnlyList<NetworkQuestion>> UnansweredAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var open = NetworkState.Open.ToString();
        var until = before.ToUnixTimeMilliseconds();
        return ListAsync(rows => rows
            .Where(record => record.State == open && record.EscalationOfferedAt == null && record.CreatedAt <= until)
            .OrderBy(record => record.Id), cancellationToken, unanswered: true);
    }

    public Task<bool> ClaimEscalationAsync(long id, DateTimeOffset at, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var millis = at.ToUnixTimeMilliseconds();
        return await db.Set<NetworkQuestionRecord>().Where(record => record.Id == id && record.EscalationOfferedAt == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(record => record.EscalationOfferedAt, millis), cancellationToken) == 1;
    });

    public Task SetOptInAsync(string userKey, bool on, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.Set<NetworkOptInRecord>();
        if (!on) { await rows.Where(record => record.UserKey == userKey).ExecuteDeleteAsync(cancellationToken); return true; }
        if (await rows.AnyAsync(record => record.UserKey == userKey, cancellationToken)) return true;
        db.Add(new NetworkOptInRecord { UserKey = userKey, CreatedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Said twice at once: the row is there, which is all that was asked.
        }
        return true;
    });

    public Task<bool> IsOptedInAsync(string userKey, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<NetworkOptInRecord>().AnyAsync(record => record.UserKey == userKey, cancellationToken);
    });

    public Task<IReadOnlySet<string>> OptedInAsync(IReadOnlyCollection<string> userKeys, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        if (userKeys.Count == 0) return (IReadOnlySet<string>)new HashSet<string>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = userKeys.ToList();
        var found = await db.Set<NetworkOptInRecord>().Where(record => keys.Contains(record.UserKey)).Select(record => record.UserKey).ToListAsync(cancellationToken);
        return (IReadOnlySet<string>)found.ToHashSet(StringComparer.Ordinal);
    });

    public Task<IReadOnlyList<NetworkQuestion>> ForgetAsync(string userKey, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await db.Set<NetworkQuestionRecord>().Where(record => record.AskerKey == userKey).Select(record => record.Id).ToListAsync(cancellationToken);
        await db.Set<NetworkAnswerRecord>().Where(record => record.AuthorKey == userKey || ids.Contains(record.QuestionId)).ExecuteDeleteAsync(cancellationToken);
        // Emptied, not deleted: the number is never given again and the channel card can still be replaced.
        var withdrawn = NetworkState.Withdrawn.ToString();
        await db.Set<NetworkQuestionRecord>().Where(record => ids.Contains(record.Id))
            .ExecuteUpdateAsync(setters => setters
                .SetProperty(record => record.AskerKey, "")
                .SetProperty(record => record.AskerName, (string?)null)
                .SetProperty(record => record.Text, "")
                .SetProperty(record => record.ModerationReason, (string?)null)
                .SetProperty(record => record.SourceKey, (string?)null)
                .SetProperty(record => record.State, withdrawn), cancellationToken);
        await db.Set<NetworkOptInRecord>().Where(record => record.UserKey == userKey).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var records = await db.Set<NetworkQuestionRecord>().AsNoTracking().Where(record => ids.Contains(record.Id)).ToListAsync(cancellationToken);
        return (IReadOnlyList<NetworkQuestion>)records.Select(record => ToQuestion(record, 0)).ToList();
    });

    public Task<IReadOnlyList<NetworkRegionCount>> CountsByRegionAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var start = from.ToUnixTimeMilliseconds();
        var end = to.ToUnixTimeMilliseconds();
        var rows = await db.Set<NetworkQuestionRecord>().AsNoTracking()
            .Where(record => record.CreatedAt >= start && record.CreatedAt < end && record.AskerKey != "")
            .Select(record => new
            {
                Region = record.Regierungsbezirk ?? "",
                Answered = db.Set<NetworkAnswerRecord>().Any(answer => answer.QuestionId == record.Id && !answer.Hidden),
            })
            .ToListAsync(cancellationToken);
        return (IReadOnlyList<NetworkRegionCount>)rows.GroupBy(row => row.Region)
            .Select(group => new NetworkRegionCount(group.Key, group.Count(), group.Count(row => row.Answered)))
            .OrderBy(count => count.Regierungsbezirk, StringComparer.Ordinal)
            .ToList();
    });

    private async Task<NetworkQuestion?> FindBySourceAsync(string sourceKey, CancellationToken cancellationToken) =>
        await FindWhereAsync(record => record.SourceKey == sourceKey, cancellationToken);

    private async Task<NetworkQuestion?> FindWhereAsync(System.Linq.Expressions.Expression<Func<NetworkQuestionRecord, bool>> filter, CancellationToken cancellationToken) =>
        (await ListAsync(rows => rows.Where(filter).Take(1), cancellationToken)).FirstOrDefault();

    private async Task<NetworkAnswer?> FindAnswerWhereAsync(System.Linq.Expressions.Expression<Func<NetworkAnswerRecord, bool>> filter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<NetworkAnswerRecord>().AsNoTracking().FirstOrDefaultAsync(filter, cancellationToken);
        return record is null ? null : ToAnswer(record);
    }

    /// <summary>Questions with their count of visible answers, in one query.</summary>
    private async Task<IReadOnlyList<NetworkQuestion>> ListAsync(Func<IQueryable<NetworkQuestionRecord>, IQueryable<NetworkQuestionRecord>> query,
        CancellationToken cancellationToken, bool unanswered = false) => await GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var answers = db.Set<NetworkAnswerRecord>();
        var rows = query(db.Set<NetworkQuestionRecord>().AsNoTracking())
            .Select(record => new { Record = record, Answers = answers.Count(answer => answer.QuestionId == record.Id && !answer.Hidden) });
        if (unanswered) rows = rows.Where(row => row.Answers == 0);
        var list = await rows.ToListAsync(cancellationToken);
        return (IReadOnlyList<NetworkQuestion>)list.Select(row => ToQuestion(row.Record, row.Answers)).ToList();
    });

    private static NetworkQuestion ToQuestion(NetworkQuestionRecord record, int answers) => new()
    {
        Id = record.Id,
        AskerKey = record.AskerKey,
        AskerName = record.AskerName,
        Regierungsbezirk = record.Regierungsbezirk,
        Text = record.Text,
        State = Enum.TryParse<NetworkState>(record.State, out var state) ? state : NetworkState.Hidden,
        CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(record.CreatedAt),
        ModerationReason = record.ModerationReason,
        BatchId = record.BatchId,
        AnswerCount = answers,
    };

    private static NetworkAnswer ToAnswer(NetworkAnswerRecord record) => new()
    {
        Id = record.Id,
        QuestionId = record.QuestionId,
        AuthorKey = record.AuthorKey,
        AuthorName = record.AuthorName,
        Text = record.Text,
        CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(record.CreatedAt),
        Helpful = record.Helpful,
        Hidden = record.Hidden,
        ModerationReason = record.ModerationReason,
    };

    private static async Task<T> GuardAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception error) when (error is DbException or DbUpdateException or TimeoutException or InvalidOperationException { InnerException: DbException })
        {
            throw new NetworkStoreException("network store", error);
        }
    }
}
