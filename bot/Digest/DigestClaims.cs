using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Digest;
using NrwBot.Host.Data;

namespace NrwBot.Host.Digest;

/// <summary>
/// The table of scheduled digests. A period is claimed by inserting its row (INSERT … ON CONFLICT DO NOTHING, the
/// same statement on SQLite and PostgreSQL: of two instances exactly one inserts), and a claimed period is
/// delivered by the instance that takes its lease with one conditional UPDATE (exactly one instance changes the row).
/// </summary>
public sealed class DigestClaims(IDbContextFactory<NrwBotDbContext> contexts)
{
    /// <summary>When the schedule first ran on this database (recorded now when it never did).</summary>
    public async Task<DateTimeOffset> FirstStartAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var started = now.ToUnixTimeMilliseconds();
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO digest_schedule (name, started_at) VALUES ({DigestScheduleStartRecord.ScheduleName}, {started})
            ON CONFLICT (name) DO NOTHING
            """, cancellationToken);
        var record = await db.Set<DigestScheduleStartRecord>().AsNoTracking().SingleAsync(start => start.Name == DigestScheduleStartRecord.ScheduleName, cancellationToken);
        return record.StartedAt;
    }

    /// <summary>True when this call claimed the period, false when it was claimed before.</summary>
    public async Task<bool> ClaimAsync(DigestPeriod period, DateTimeOffset due, bool late, DateTimeOffset now, string instance, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (dueAt, claimedAt) = (due.ToUnixTimeMilliseconds(), now.ToUnixTimeMilliseconds());
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO digest_deliveries (period_key, period_from, period_to, due_at, late, state, attempts, next_attempt_at, channel_sent, mail_sent, claimed_at, claimed_by)
            VALUES ({period.Key}, {period.From}, {period.To}, {dueAt}, {late}, {DigestDeliveryRecord.Pending}, {0}, {claimedAt}, {false}, {false}, {claimedAt}, {instance})
            ON CONFLICT (period_key) DO NOTHING
            """, cancellationToken);
        return inserted == 1;
    }

    /// <summary>Claimed periods waiting for delivery (or a retry) whose lease is free, oldest first.</summary>
    public async Task<List<DigestDeliveryRecord>> ReadyAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Deliveries(db)
            .Where(record => record.State == DigestDeliveryRecord.Pending && record.NextAttemptAt <= now && (record.LeaseUntil == null || record.LeaseUntil < now))
            .OrderBy(record => record.DueAt)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Takes the lease on a ready period; true for exactly one of several instances trying at once.</summary>
    public async Task<bool> TryLeaseAsync(string periodKey, DateTimeOffset now, TimeSpan lease, string instance, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var until = now + lease;
        var changed = await db.Set<DigestDeliveryRecord>()
            .Where(record => record.PeriodKey == periodKey && record.State == DigestDeliveryRecord.Pending && record.NextAttemptAt <= now
                && (record.LeaseUntil == null || record.LeaseUntil < now))
            .ExecuteUpdateAsync(setters => setters.SetProperty(record => record.LeaseUntil, until).SetProperty(record => record.LeaseOwner, instance), cancellationToken);
        return changed == 1;
    }

    public Task MarkChannelSentAsync(string periodKey, CancellationToken cancellationToken) =>
        UpdateAsync(periodKey, setters => setters.SetProperty(record => record.ChannelSent, true), cancellationToken);

    public Task MarkMailSentAsync(string periodKey, CancellationToken cancellationToken) =>
        UpdateAsync(periodKey, setters => setters.SetProperty(record => record.MailSent, true), cancellationToken);

    public Task CompleteAsync(string periodKey, int attempts, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateAsync(periodKey, setters => setters
            .SetProperty(record => record.State, DigestDeliveryRecord.Sent)
            .SetProperty(record => record.Attempts, attempts)
            .SetProperty(record => record.SentAt, now)
            .SetProperty(record => record.LeaseUntil, (DateTimeOffset?)null), cancellationToken);

    public Task FailAsync(string periodKey, int attempts, string error, DateTimeOffset nextAttempt, bool givenUp, CancellationToken cancellationToken) =>
        UpdateAsync(periodKey, setters => setters
            .SetProperty(record => record.State, givenUp ? DigestDeliveryRecord.Failed : DigestDeliveryRecord.Pending)
            .SetProperty(record => record.Attempts, attempts)
            .SetProperty(record => record.LastError, error.Length > 2000 ? error[..2000] : error)
            .SetProperty(record => record.NextAttemptAt, nextAttempt)
            .SetProperty(record => record.LeaseUntil, (DateTimeOffset?)null), cancellationToken);

    /// <summary>When a pending period next needs attention: its retry time, or the end of another instance's lease.</summary>
    public async Task<DateTimeOffset?> NextPendingAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = await Deliveries(db).Where(record => record.State == DigestDeliveryRecord.Pending)
            .Select(record => new { record.NextAttemptAt, record.LeaseUntil }).ToListAsync(cancellationToken);
        return pending.Count == 0 ? null : pending.Min(record => record.LeaseUntil > record.NextAttemptAt ? record.LeaseUntil.Value : record.NextAttemptAt);
    }

    public async Task<List<DigestDeliveryRecord>> AllAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Deliveries(db).OrderBy(record => record.DueAt).ToListAsync(cancellationToken);
    }

    private static IQueryable<DigestDeliveryRecord> Deliveries(NrwBotDbContext db) => db.Set<DigestDeliveryRecord>().AsNoTracking();

    private async Task UpdateAsync(string periodKey,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<DigestDeliveryRecord>> setters, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<DigestDeliveryRecord>().Where(record => record.PeriodKey == periodKey).ExecuteUpdateAsync(setters, cancellationToken);
    }
}
