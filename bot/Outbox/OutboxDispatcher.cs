using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Host.Outbox;

/// <summary>
/// One pass of the outbox: lease a batch of due rows, deliver them (conversations in parallel, each conversation's
/// messages in order, at the configured pace) and record each outcome: sent; 429 → again after Retry-After (the
/// whole instance pauses); 5xx or network → again after a doubling back-off; 403/404 or an unknown conversation →
/// given up and recorded; still undelivered after <see cref="OutboxOptions.GiveUpAfter"/> → given up.
/// </summary>
public sealed class OutboxDispatcher(
    OutboxClaims claims,
    IEnumerable<IOutboxHandler> handlers,
    OutboxRateLimiter limiter,
    OutboxStatus status,
    IOptionsMonitor<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    private readonly Dictionary<string, IOutboxHandler> _handlers = handlers.ToDictionary(handler => handler.Kind);

    /// <summary>Who holds a lease: host, process and this object, so two workers in one process differ too.</summary>
    public string Instance { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Delivers one batch; returns how many rows it handled (0: nothing was due).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var batch = await claims.LeaseAsync(Now(), settings.BatchSize, settings.Lease, Instance, cancellationToken);
        if (batch.Count == 0) return 0;
        var lease = new LeaseKeeper(claims, batch[0].LeaseOwner!, Now() + (long)settings.Lease.TotalMilliseconds, settings.Lease, clock);
        var sent = new System.Collections.Concurrent.ConcurrentBag<OutboxRecord>();
        try
        {
            await DeliverBatchAsync(batch, settings, lease, sent, cancellationToken);
        }
        finally
        {
            // One write for all that reached Teams (a write per message made SQLite the bottleneck at ~45/s). The lease
            // is renewed while the batch runs, so no other instance takes these rows before this write; a crash before
            // it sends this batch's messages again after the lease: at least once, never lost.
            await claims.CompleteAsync(sent.ToList(), Now(), CancellationToken.None);
        }
        return batch.Count;
    }

    private async Task DeliverBatchAsync(List<OutboxRecord> batch, OutboxOptions settings, LeaseKeeper lease,
        System.Collections.Concurrent.ConcurrentBag<OutboxRecord> sent, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(batch.GroupBy(record => record.TargetKey),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Parallelism), CancellationToken = cancellationToken },
            async (conversation, token) =>
            {
                foreach (var record in conversation) await DeliverAsync(record, settings, lease, sent, token);
            });
    }

    /// <summary>The wait before attempt number <paramref name="failures"/> + 1: the retry delay, doubled per failure, capped.</summary>
    public static TimeSpan Backoff(int failures, OutboxOptions settings)
    {
        var factor = Math.Pow(2, Math.Clamp(failures - 1, 0, 30));
        return TimeSpan.FromTicks((long)Math.Min(settings.RetryDelay.Ticks * factor, settings.MaxRetryDelay.Ticks));
    }

    private async Task DeliverAsync(OutboxRecord record, OutboxOptions settings, LeaseKeeper lease,
        System.Collections.Concurrent.ConcurrentBag<OutboxRecord> sent, CancellationToken cancellationToken)
    {
        if (!_handlers.TryGetValue(record.Kind, out var handler))
        {
            await GiveUpAsync(record, null, $"no handler for kind {record.Kind}", cancellationToken);
            return;
        }
        await limiter.WaitTurnAsync(record.TargetKey, settings.MessagesPerSecond, settings.PerConversationPerSecond, cancellationToken);
        // A row may be sent only while the lease surely holds: once it expired another instance may have taken it.
        if (!await lease.HoldAsync(cancellationToken)) return;
        ProactiveResult result;
        try
        {
            result = await handler.DeliverAsync(record, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A database hiccup while rendering or recording: the row stays queued.
            logger.LogError(error, "Outbox {Id}: delivery failed", record.Id);
            result = new ProactiveResult(ProactiveStatus.Failed, error.GetType().Name);
        }
        if (result.Sent)
        {
            sent.Add(record);
            status.RecordSent();
            return;
        }
        await RecordAsync(record, result, settings, cancellationToken);
    }

    private async Task RecordAsync(OutboxRecord record, ProactiveResult result, OutboxOptions settings, CancellationToken cancellationToken)
    {
        var now = Now();
        if (result.Status is ProactiveStatus.Refused or ProactiveStatus.UnknownTarget)
        {
            await GiveUpAsync(record, StatusOf(result), $"{result.Status} {result.Detail}".TrimEnd(), cancellationToken);
            return;
        }
        if (now - record.CreatedAt > (long)settings.GiveUpAfter.TotalMilliseconds)
        {
            await GiveUpAsync(record, StatusOf(result), $"still {result.Status} after {settings.GiveUpAfter}", cancellationToken);
            return;
        }
        if (result.Status == ProactiveStatus.Throttled)
        {
            // A 429 is the channel's pacing, not a failure of the message: it does not count towards the back-off.
            var wait = result.RetryAfter ?? settings.DefaultRetryAfter;
            limiter.Pause(wait);
            status.RecordThrottled();
            await claims.RetryOrGiveUpAsync(record, false, now + (long)wait.TotalMilliseconds, 429, "Throttled", false, cancellationToken);
            return;
        }
        var next = now + (long)Backoff(record.Attempts + 1, settings).TotalMilliseconds;
        status.RecordRetried();
        logger.LogWarning("Outbox {Id} to {Key}: {Status} {Detail}; next attempt in {Delay}", record.Id, record.TargetKey, result.Status, result.Detail,
            TimeSpan.FromMilliseconds(next - now));
        await claims.RetryOrGiveUpAsync(record, false, next, StatusOf(result), $"{result.Status} {result.Detail}".TrimEnd(), true, cancellationToken);
    }

    private async Task GiveUpAsync(OutboxRecord record, int? httpStatus, string error, CancellationToken cancellationToken)
    {
        logger.LogWarning("Outbox {Id} to {Key}: given up ({Error})", record.Id, record.TargetKey, error);
        status.RecordGivenUp();
        await claims.RetryOrGiveUpAsync(record, true, record.NextAttemptAt, httpStatus, error, true, cancellationToken);
    }

    private static int? StatusOf(ProactiveResult result) =>
        int.TryParse(result.Detail, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : null;

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}
