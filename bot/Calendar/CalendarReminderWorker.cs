using NrwBot.Dialogs.Calendar;
using NrwBot.Host.Scheduling;

namespace NrwBot.Host.Calendar;

/// <summary>Looks for deadline reminders every few minutes; each reminder is claimed first (see <see cref="CalendarReminders"/>).</summary>
public sealed class CalendarReminderWorker(CalendarReminders reminders, CalendarOptions options, TimeProvider clock,
    ILogger<CalendarReminderWorker> logger) : ReminderWorker(clock, logger)
{
    protected override string Kind => "deadline";

    protected override bool Enabled => options.RemindersEnabled;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, options.CheckIntervalMinutes));

    protected override Task<int> SendDueAsync(CancellationToken cancellationToken) => reminders.SendDueAsync(cancellationToken);
}
