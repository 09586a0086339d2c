using NrwBot.Dialogs.Calendar;

namespace NrwBot.Host.Calendar;

/// <summary>
/// Looks for deadline reminders every few minutes. Safe with several instances: each reminder is claimed in the
/// database before it is sent (see <see cref="CalendarReminders"/>).
/// </summary>
public sealed class CalendarReminderWorker(CalendarReminders reminders, CalendarOptions options, TimeProvider clock,
    ILogger<CalendarReminderWorker> logger) : BackgroundService
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
            if (sent > 0) logger.LogInformation("Sent {Count} deadline reminders", sent);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A database or channel hiccup must not end the loop: the next round tries again.
            logger.LogError(error, "Deadline reminders failed");
        }
    }
}
