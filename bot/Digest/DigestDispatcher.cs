using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Digest;

namespace NrwBot.Host.Digest;

/// <summary>
/// One pass of the schedule: claims every period that has come due (those missed while NrwBot was down too, within
/// <see cref="DigestOptions.CatchUpWindow"/> and after the schedule first ran on this database, marked late),
/// delivers the claimed periods whose lease this instance gets, and records success or the failure with the time of
/// the next attempt (doubling back-off).
/// </summary>
public sealed class DigestDispatcher(
    DigestClaims claims,
    DigestService digests,
    DigestDelivery delivery,
    IOptionsMonitor<DigestOptions> options,
    DigestStatus status,
    TimeProvider clock,
    ILogger<DigestDispatcher> logger)
{
    /// <summary>Who holds a lease: host, process and this object, so two schedulers in one process differ too.</summary>
    public string Instance { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    private DateTimeOffset? _firstStart;

    /// <summary>Runs what is due now; returns when the next pass should run.</summary>
    public async Task<DateTimeOffset> RunDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var schedule = DigestSchedule.From(settings);
        var now = clock.GetUtcNow();
        _firstStart ??= await claims.FirstStartAsync(now, cancellationToken);
        // A due time shortly before the very first start still counts: the bot was installed for it.
        var firstDue = _firstStart.Value - settings.LateAfter;
        var catchUpFrom = now - settings.CatchUpWindow > firstDue ? now - settings.CatchUpWindow : firstDue;
        foreach (var due in schedule.DueBetween(catchUpFrom, now))
            await ClaimAsync(schedule.PeriodFor(due), due, now, settings, cancellationToken);
        foreach (var ready in await claims.ReadyAsync(now, cancellationToken))
        {
            if (await claims.TryLeaseAsync(ready.PeriodKey, now, settings.Lease, Instance, cancellationToken))
                await DeliverAsync(ready, settings, schedule.Zone, cancellationToken);
        }
        status.RecordRun(clock.GetUtcNow());
        return await NextRunAsync(schedule, settings, cancellationToken);
    }

    /// <summary>The wait before attempt number <paramref name="failures"/> + 1: the retry delay, doubled per failure, capped.</summary>
    public static TimeSpan Backoff(int failures, DigestOptions settings)
    {
        var factor = Math.Pow(2, Math.Clamp(failures - 1, 0, 30));
        return TimeSpan.FromTicks((long)Math.Min(settings.RetryDelay.Ticks * factor, settings.MaxRetryDelay.Ticks));
    }

    private async Task ClaimAsync(DigestPeriod period, DateTimeOffset due, DateTimeOffset now, DigestOptions settings, CancellationToken cancellationToken)
    {
        var late = now - due > settings.LateAfter;
        if (!await claims.ClaimAsync(period, due, late, now, Instance, cancellationToken)) return;
        if (late) logger.LogWarning("Digest {Period}: claimed late, it was due at {Due:u}", period.Key, due);
        else logger.LogInformation("Digest {Period}: claimed, due at {Due:u}", period.Key, due);
    }

    private async Task DeliverAsync(DigestDeliveryRecord record, DigestOptions settings, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        try
        {
            var query = new DigestQuery(new DigestPeriod(record.PeriodFrom, record.PeriodTo, zone)) { Late = record.Late, DueAt = record.DueAt };
            var report = await digests.BuildAsync(query, clock.GetUtcNow(), cancellationToken);
            if (settings.SendsToChannel && !record.ChannelSent)
                await SendAsync(delivery.SendToChannelAsync(report, cancellationToken), () => claims.MarkChannelSentAsync(record.PeriodKey, cancellationToken), errors);
            if (settings.SendsMail && !record.MailSent)
                await SendAsync(delivery.SendMailAsync(report, cancellationToken), () => claims.MarkMailSentAsync(record.PeriodKey, cancellationToken), errors);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            errors.Add($"{error.GetType().Name}: {error.Message}");
        }
        await RecordAsync(record, errors, settings, cancellationToken);
    }

    // Each target is recorded as soon as it succeeded, so a retry repeats only the one that failed.
    private static async Task SendAsync(Task<string?> sending, Func<Task> markSent, List<string> errors)
    {
        if (await sending is { } error) errors.Add(error);
        else await markSent();
    }

    private async Task RecordAsync(DigestDeliveryRecord record, List<string> errors, DigestOptions settings, CancellationToken cancellationToken)
    {
        var attempts = record.Attempts + 1;
        var now = clock.GetUtcNow();
        if (errors.Count == 0)
        {
            await claims.CompleteAsync(record.PeriodKey, attempts, now, cancellationToken);
            logger.LogInformation("Digest {Period}: delivered{Late} (attempt {Attempts})", record.PeriodKey, record.Late ? " late" : "", attempts);
            return;
        }
        var error = string.Join("; ", errors);
        var givenUp = attempts >= settings.MaxAttempts;
        var next = now + Backoff(attempts, settings);
        await claims.FailAsync(record.PeriodKey, attempts, error, next, givenUp, cancellationToken);
        if (givenUp) logger.LogError("Digest {Period}: not delivered after {Attempts} attempts, given up: {Error}", record.PeriodKey, attempts, error);
        else logger.LogWarning("Digest {Period}: attempt {Attempts} failed, next attempt at {Next:u}: {Error}", record.PeriodKey, attempts, next, error);
    }

    private async Task<DateTimeOffset> NextRunAsync(DigestSchedule schedule, DigestOptions settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var next = now + settings.PollInterval;
        if (schedule.NextAfter(now) is { } due && due < next) next = due;
        if (await claims.NextPendingAsync(cancellationToken) is { } pending && pending < next) next = pending;
        return next > now ? next : now + TimeSpan.FromSeconds(1);
    }
}
