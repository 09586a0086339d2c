using Microsoft.Extensions.Options;

namespace NrwBot.Host.Digest;

/// <summary>
/// Runs the digest schedule in the background: a pass of <see cref="DigestDispatcher"/>, then a wait on the
/// TimeProvider until the next due time, retry or poll. Off when neither a channel nor e-mail is configured.
/// </summary>
public sealed class DigestScheduler(
    DigestDispatcher dispatcher,
    IOptionsMonitor<DigestOptions> options,
    DigestStatus status,
    TimeProvider clock,
    ILogger<DigestScheduler> logger) : BackgroundService
{
    // Timers take at most about 49 days; a day is plenty, the loop just looks again.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.CurrentValue;
        if (!settings.IsScheduled)
        {
            logger.LogInformation("Digest: no channel (Digest:ChannelConversationKey) and no e-mail (Digest:Smtp, Digest:Recipients) configured; scheduled digests are off");
            return;
        }
        logger.LogInformation("Digest: scheduled \"{Cron}\" in {TimeZone}, to {Targets}", settings.Cron, settings.TimeZone,
            string.Join(" and ", new[] { settings.SendsToChannel ? "the channel" : null, settings.SendsMail ? $"{settings.RecipientAddresses.Count} e-mail recipient(s)" : null }.OfType<string>()));
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = await RunOnceAsync(settings, stoppingToken);
            var wait = next - clock.GetUtcNow();
            if (wait <= TimeSpan.Zero) continue;
            try
            {
                await Task.Delay(wait < LongestWait ? wait : LongestWait, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<DateTimeOffset> RunOnceAsync(DigestOptions settings, CancellationToken stoppingToken)
    {
        try
        {
            return await dispatcher.RunDueAsync(stoppingToken);
        }
        catch (Exception error) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(error, "Digest: the scheduler's pass failed; trying again in {Delay}", settings.RetryDelay);
            status.RecordSchedulerError(error, clock.GetUtcNow());
            return clock.GetUtcNow() + settings.RetryDelay;
        }
    }
}
