using Microsoft.EntityFrameworkCore;
using NrwBot.Host.Data;

namespace NrwBot.Host.Outbox;

/// <summary>
/// Leases on outbox rows, the pattern of the digest claims (<see cref="Digest.DigestClaims"/>) taken to batches: one
/// conditional UPDATE gives free, due rows a lease with this pass's token, so of several instances exactly one holds a
/// row; every later write names the token, so an instance whose lease ran out cannot overwrite its successor's result.
/// PostgreSQL skips rows another instance is leasing at that moment (SKIP LOCKED) instead of waiting for them.
/// </summary>
public sealed class OutboxClaims(IDbContextFactory<NrwBotDbContext> contexts)
{
    public async Task<List<OutboxRecord>> LeaseAsync(long now, int count, TimeSpan lease, string owner, CancellationToken cancellationToken)
    {
        var token = owner + "/" + Guid.NewGuid().ToString("N")[..8];
        var until = now + (long)lease.TotalMilliseconds;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var skipLocked = db.Database.IsNpgsql() ? "FOR UPDATE SKIP LOCKED" : "";
        // {0}…{3} become parameters; only the fixed locking clause and the state constant are spliced in.
        var sql = """
            UPDATE outbox SET lease_until = {0}, lease_owner = {1}
            WHERE id IN (SELECT id FROM outbox
                         WHERE state = PENDING AND next_attempt_at <= {2} AND (lease_until IS NULL OR lease_until < {2})
                         ORDER BY id LIMIT {3} SKIP)
              AND state = PENDING AND (lease_until IS NULL OR lease_until < {2})
            """.Replace("PENDING", OutboxRecord.Pending.ToString(System.Globalization.CultureInfo.InvariantCulture)).Replace("SKIP", skipLocked);
        await db.Database.ExecuteSqlRawAsync(sql, [until, token, now, count], cancellationToken);
        return await db.Set<OutboxRecord>().AsNoTracking().Where(record => record.LeaseOwner == token && record.State == OutboxRecord.Pending)
            .OrderBy(record => record.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Extends the lease of every row this pass still holds (sent or not yet sent), so a long batch (pacing, 429
    /// pauses, slow answers) never lets another instance take a row this one is delivering. False: the lease was lost.
    /// </summary>
    public async Task<bool> RenewAsync(string token, long until, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var renewed = await db.Set<OutboxRecord>().Where(row => row.LeaseOwner == token && row.State == OutboxRecord.Pending)
            .ExecuteUpdateAsync(setters => setters.SetProperty(row => row.LeaseUntil, until), cancellationToken);
        return renewed > 0;
    }

    /// <summary>Marks delivered rows sent, in one statement per lease; rows whose lease another instance took are left alone.</summary>
    public async Task CompleteAsync(IReadOnlyList<OutboxRecord> records, long now, CancellationToken cancellationToken)
    {
        if (records.Count == 0) return;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var lease in records.GroupBy(record => record.LeaseOwner))
        {
            var ids = lease.Select(record => record.Id).ToList();
            await db.Set<OutboxRecord>().Where(row => ids.Contains(row.Id) && row.LeaseOwner == lease.Key)
                .ExecuteUpdateAsync(setters => setters
                    .SetProperty(row => row.State, OutboxRecord.Sent)
                    .SetProperty(row => row.Attempts, row => row.Attempts + 1)
                    .SetProperty(row => row.SentAt, now)
                    // What was said to whom is not kept once it arrived (data protection); the row stays for the counts.
                    .SetProperty(row => row.Payload, (string?)null)
                    .SetProperty(row => row.LeaseUntil, (long?)null), cancellationToken);
        }
    }

    /// <summary>Back to the queue for a later attempt (429, 5xx) or given up (403/404, unknown conversation, too old).</summary>
    public async Task RetryOrGiveUpAsync(OutboxRecord record, bool givenUp, long nextAttemptAt, int? status, string? error, bool countsAsAttempt,
        CancellationToken cancellationToken)
    {
        var attempts = record.Attempts + (countsAsAttempt ? 1 : 0);
        var message = error is { Length: > 2000 } ? error[..2000] : error;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await Leased(db, record).ExecuteUpdateAsync(setters => setters
            .SetProperty(row => row.State, givenUp ? OutboxRecord.GivenUp : OutboxRecord.Pending)
            .SetProperty(row => row.Attempts, attempts)
            .SetProperty(row => row.NextAttemptAt, nextAttemptAt)
            .SetProperty(row => row.LastStatus, status)
            .SetProperty(row => row.LastError, message)
            // Out of this pass: a renewal of the pass's lease must not hold the row back from its retry.
            .SetProperty(row => row.LeaseOwner, (string?)null)
            .SetProperty(row => row.LeaseUntil, (long?)null), cancellationToken);
    }

    private static IQueryable<OutboxRecord> Leased(NrwBotDbContext db, OutboxRecord record) =>
        db.Set<OutboxRecord>().Where(row => row.Id == record.Id && row.LeaseOwner == record.LeaseOwner);
}
