using Microsoft.EntityFrameworkCore;
using NrwBot.Host.Data;

namespace NrwBot.Host.Outbox;

/// <summary>
/// What /healthz says about the outbox: the queue depth and given-up rows from the table (all instances), and what
/// this instance sent, was throttled for and retried since it started. <see cref="ProgressAsync"/> counts one batch
/// for the sender's card ("an 37 von 120 gesendet").
/// </summary>
public sealed class OutboxStatus(IDbContextFactory<NrwBotDbContext> contexts, TimeProvider clock)
{
    private long _sent;
    private long _throttled;
    private long _retried;
    private long _givenUp;

    public long Sent => Interlocked.Read(ref _sent);
    public long Throttled => Interlocked.Read(ref _throttled);
    public long Retried => Interlocked.Read(ref _retried);
    public long GivenUp => Interlocked.Read(ref _givenUp);

    public void RecordSent() => Interlocked.Increment(ref _sent);
    public void RecordThrottled() => Interlocked.Increment(ref _throttled);
    public void RecordRetried() => Interlocked.Increment(ref _retried);
    public void RecordGivenUp() => Interlocked.Increment(ref _givenUp);

    public async Task<object> DetailsAsync(NrwBotDbContext db, CancellationToken cancellationToken)
    {
        var backlog = await BacklogAsync(db, cancellationToken);
        return new
        {
            queued = backlog.Queued,
            oldestQueuedSeconds = (long)backlog.OldestQueued.TotalSeconds,
            givenUpTotal = backlog.GivenUp,
            thisInstance = new { sent = Sent, throttled = Throttled, retried = Retried, givenUp = GivenUp },
        };
    }

    /// <summary>The queue of all instances: for /healthz, the readiness check and the queue gauges.</summary>
    public async Task<OutboxBacklog> BacklogAsync(NrwBotDbContext db, CancellationToken cancellationToken)
    {
        var rows = db.Set<OutboxRecord>().AsNoTracking();
        var pending = await rows.CountAsync(record => record.State == OutboxRecord.Pending, cancellationToken);
        var givenUp = await rows.CountAsync(record => record.State == OutboxRecord.GivenUp, cancellationToken);
        var oldest = await rows.Where(record => record.State == OutboxRecord.Pending).MinAsync(record => (long?)record.CreatedAt, cancellationToken);
        var age = oldest is { } created ? TimeSpan.FromMilliseconds(Math.Max(0, clock.GetUtcNow().ToUnixTimeMilliseconds() - created)) : TimeSpan.Zero;
        return new OutboxBacklog(pending, givenUp, age);
    }

    public async Task<OutboxProgress> ProgressAsync(string batchId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.Set<OutboxRecord>().AsNoTracking().Where(record => record.BatchId == batchId)
            .GroupBy(record => record.State).Select(group => new { State = group.Key, Count = group.Count() }).ToListAsync(cancellationToken);
        int Count(int state) => counts.FirstOrDefault(row => row.State == state)?.Count ?? 0;
        return new OutboxProgress(counts.Sum(row => row.Count), Count(OutboxRecord.Sent), Count(OutboxRecord.GivenUp));
    }
}
