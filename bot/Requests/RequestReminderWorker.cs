using NrwBot.Dialogs.Requests.Reminders;
using NrwBot.Host.Scheduling;

namespace NrwBot.Host.Requests;

/// <summary>Looks for due service-level reminders every few minutes; each is claimed first (see <see cref="RequestReminders"/>).</summary>
public sealed class RequestReminderWorker(RequestReminders reminders, RequestReminderOptions options, TimeProvider clock,
    ILogger<RequestReminderWorker> logger) : ReminderWorker(clock, logger)
{
    protected override string Kind => "service-level";

    protected override bool Enabled => options.RemindersEnabled;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, options.CheckIntervalMinutes));

    protected override Task<int> SendDueAsync(CancellationToken cancellationToken) => reminders.SendDueAsync(cancellationToken);
}
