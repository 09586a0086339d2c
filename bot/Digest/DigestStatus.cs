using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NrwBot.Host.Data;

namespace NrwBot.Host.Digest;

/// <summary>
/// What /healthz says about the scheduled digests: the schedule, the latest period and any period that is being
/// retried or was given up, read from the table (so every instance reports the same), and this instance's last
/// scheduler error (e.g. the database was unreachable).
/// </summary>
public sealed class DigestStatus(IOptionsMonitor<DigestOptions> options, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _lastRunAt;
    private string? _schedulerError;

    public void RecordRun(DateTimeOffset at)
    {
        lock (_gate) (_lastRunAt, _schedulerError) = (at, null);
    }

    public void RecordSchedulerError(Exception error, DateTimeOffset at)
    {
        lock (_gate) _schedulerError = $"{at:u} {error.GetType().Name}: {error.Message}";
    }

    public async Task<object> DetailsAsync(NrwBotDbContext db, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (!settings.IsScheduled) return new { status = "off", scheduled = false };
        var deliveries = db.Set<DigestDeliveryRecord>().AsNoTracking();
        var last = await deliveries.OrderByDescending(record => record.DueAt).FirstOrDefaultAsync(cancellationToken);
        var troubled = await deliveries
            .Where(record => record.State == DigestDeliveryRecord.Failed || (record.State == DigestDeliveryRecord.Pending && record.Attempts > 0))
            .OrderByDescending(record => record.DueAt).Take(5).ToListAsync(cancellationToken);
        string? lastRun, schedulerError;
        lock (_gate) (lastRun, schedulerError) = (_lastRunAt?.ToString("u"), _schedulerError);
        DigestSchedule.TryCreate(settings, out var schedule, out _);
        return new
        {
            status = troubled.Any(record => record.State == DigestDeliveryRecord.Failed) ? "failed" : troubled.Count > 0 || schedulerError is not null ? "retrying" : "ok",
            scheduled = true,
            cron = settings.Cron,
            timeZone = settings.TimeZone,
            next = schedule?.NextAfter(clock.GetUtcNow()),
            lastRun,
            last = last is null ? null : Describe(last),
            failures = troubled.Select(Describe),
            schedulerError,
        };
    }

    private static object Describe(DigestDeliveryRecord record) => new
    {
        period = record.PeriodKey,
        state = record.State,
        late = record.Late,
        dueAt = record.DueAt,
        attempts = record.Attempts,
        sentAt = record.SentAt,
        nextAttemptAt = record.State == DigestDeliveryRecord.Pending ? record.NextAttemptAt : (DateTimeOffset?)null,
        error = record.LastError,
    };
}
