using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.WorkingDays;

namespace NrwBot.Dialogs.Calendar;

/// <summary>
/// Sends the deadline reminders: on working days in working hours, to subscribers the entry concerns, at each of the
/// entry's offsets (moved back to the working day before when the day falls on a weekend or holiday). Each reminder
/// is claimed in the store first, so with several instances exactly one sends it, and never twice.
/// </summary>
public sealed class CalendarReminders(CalendarBook book, ICalendarStore store, IProactiveSender sender, WorkingDayCalendar workingDays, TimeProvider clock)
{
    /// <summary>Returns how many reminders reached their person.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!workingDays.IsWorkingTime(now)) return 0;
        var today = workingDays.LocalDate(now);
        var subscribers = await store.ReminderSubscribersAsync(cancellationToken);
        if (subscribers.Count == 0) return 0;
        var sent = 0;
        foreach (var entry in await book.AllAsync(cancellationToken))
        {
            if (DueOffset(entry, today) is not { } days) continue;
            foreach (var subscriber in subscribers.Where(subscriber => book.Concerns(entry, CalendarIcs.ProfileOf(subscriber))))
            {
                if (!await store.TryClaimReminderAsync(subscriber.UserKey, ReminderKey(entry, days), now, cancellationToken)) continue;
                // A claimed reminder that cannot be delivered stays claimed: one reminder too few beats one too many.
                var result = await sender.SendToUserAsync(subscriber.UserKey, [Reminder(entry, today)], cancellationToken);
                if (result.Sent) sent++;
            }
        }
        return sent;
    }

    /// <summary>
    /// The offset whose day has come, the nearest to the date when several have (a bot that was down sends the
    /// latest reminder, not a pile of old ones); none once the entry has begun.
    /// </summary>
    public static int? DueOffset(CalendarEntry entry, DateOnly today)
    {
        if (entry.Start < today) return null;
        int? due = null;
        foreach (var days in entry.ReminderDays.OrderDescending())
            if (ReminderDay(entry.Start, days) <= today) due = days;
        return due;
    }

    /// <summary>The day to remind on: so many days before, or the working day before that when it is not one.</summary>
    public static DateOnly ReminderDay(DateOnly start, int daysBefore)
    {
        var day = start.AddDays(-daysBefore);
        return WorkingDayCalendar.IsWorkingDay(day) ? day : WorkingDayCalendar.AddWorkingDays(day, -1);
    }

    /// <summary>The entry's date is part of the key: when the LKS moves a deadline, its reminders come again for the new date.</summary>
    public static string ReminderKey(CalendarEntry entry, int daysBefore) => $"{entry.Id}@{entry.Start:yyyy-MM-dd}/{daysBefore}";

    private static Reply Reminder(CalendarEntry entry, DateOnly today) => new()
    {
        Title = CalendarTexts.ReminderTitle.Format(entry.Title),
        Text = CalendarTexts.ReminderText.Format(SafeText.Escape(CalendarIcs.Summary(entry)), CalendarReplies.Dates(entry),
            WorkingDayCalendar.TimeLeft(today, entry.Start)),
        Actions = [.. CalendarReplies.ArticleButtons([entry]), new ReplyAction(CalendarTexts.ReminderOffButton.German, CalendarVerbs.RemindersOff)],
        Links = entry.Link is { } link ? [new ReplyLink(CalendarTexts.LinkButton.Format(entry.Title), link)] : [],
        Note = entry.IsExample ? CalendarTexts.ExampleNote.German : null,
    };
}
