namespace NrwBot.Host.Scheduling;

/// <summary>
/// The loop every reminder kind shares: wait the interval, send what is due, log and count it, and never let a
/// database or channel hiccup end the loop (the next round tries again). Safe with several instances because each
/// kind claims every reminder in the database before sending it.
/// </summary>
public abstract class ReminderWorker(TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>What the log lines call these reminders ("onboarding", "deadline").</summary>
    protected abstract string Kind { get; }

    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>Sends every reminder that is due now; returns how many were sent.</summary>
    protected abstract Task<int> SendDueAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await RunOnceAsync(stoppingToken);
        }
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var sent = await SendDueAsync(cancellationToken);
            if (sent > 0) logger.LogInformation("Sent {Count} {Kind} reminders", sent, Kind);
            NrwBot.Dialogs.Telemetry.NrwTelemetry.ReminderDeliveries.Add(sent);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogError(error, "{Kind} reminders failed", Kind);
            NrwBot.Dialogs.Telemetry.NrwTelemetry.CountError("reminders");
        }
    }
}
