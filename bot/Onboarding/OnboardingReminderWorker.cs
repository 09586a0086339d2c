using NrwBot.Dialogs.Onboarding;

namespace NrwBot.Host.Onboarding;

/// <summary>
/// Looks for onboardings to nudge every few minutes. Safe with several instances: each reminder is claimed in
/// the database before it is sent (see <see cref="OnboardingReminders"/>).
/// </summary>
public sealed class OnboardingReminderWorker(OnboardingReminders reminders, OnboardingOptions options, TimeProvider clock,
    ILogger<OnboardingReminderWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.RemindersEnabled) return;
        var interval = TimeSpan.FromMinutes(Math.Max(1, options.CheckIntervalMinutes));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, clock, stoppingToken);
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
            var sent = await reminders.SendDueAsync(cancellationToken);
            if (sent > 0) logger.LogInformation("Sent {Count} onboarding reminders", sent);
            NrwBot.Dialogs.Telemetry.NrwTelemetry.ReminderDeliveries.Add(sent);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A database or channel hiccup must not end the loop: the next round tries again.
            logger.LogError(error, "Onboarding reminders failed");
            NrwBot.Dialogs.Telemetry.NrwTelemetry.CountError("reminders");
        }
    }
}
