using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NrwBot.Dialogs.Profile;

namespace NrwBot.Dialogs.Calendar;

/// <summary>
/// The calendar as iCalendar (RFC 5545), for the personal feed and <c>calendar --ics</c>. Entries are all-day events
/// (DTEND is the day after the last day, as the RFC wants); each reminder offset becomes an alarm. The UID stays the
/// same when the LKS moves a date, so Outlook updates the event instead of adding a second one.
/// </summary>
public static class CalendarIcs
{
    public const string UidDomain = "@nrwbot.nrweltoffen";

    public static string Write(IEnumerable<CalendarEntry> entries, DateTimeOffset now)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//NRWeltoffen//NrwBot//DE" };
        calendar.AddProperty("X-WR-CALNAME", CalendarTexts.FeedName.German);
        calendar.AddProperty("X-WR-TIMEZONE", "Europe/Berlin");
        calendar.Method = "PUBLISH";
        foreach (var entry in entries) calendar.Events.Add(Event(entry, now));
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent Event(CalendarEntry entry, DateTimeOffset now)
    {
        var calendarEvent = new CalendarEvent
        {
            Uid = entry.Id + UidDomain,
            Summary = Summary(entry),
            Description = Description(entry),
            DtStart = new CalDateTime(entry.Start),
            DtEnd = new CalDateTime(entry.End.AddDays(1)),
            DtStamp = new CalDateTime(now.UtcDateTime),
            Transparency = TransparencyType.Transparent,
        };
        if (entry.Link is { } link) calendarEvent.Url = new Uri(link);
        foreach (var days in entry.ReminderDays)
        {
            calendarEvent.Alarms.Add(new Alarm
            {
                Action = AlarmAction.Display,
                Description = calendarEvent.Summary,
                Trigger = new Trigger(Duration.FromDays(-days)),
            });
        }
        return calendarEvent;
    }

    public static string Summary(CalendarEntry entry) =>
        (entry.Kind == CalendarEntryKind.Deadline ? CalendarTexts.DeadlineLabel.German + ": " : "") + entry.Title;

    private static string Description(CalendarEntry entry)
    {
        var lines = new List<string> { CalendarTexts.ForWhom.Format(entry.Audience.Describe()) };
        if (entry.ArticleId is { } article) lines.Add(CalendarTexts.IcsArticle.Format(article));
        if (entry.Link is { } link) lines.Add(link);
        if (entry.IsExample) lines.Add(CalendarTexts.ExampleNote.German);
        return string.Join("\n", lines);
    }

    /// <summary>For the feed: only the entries that concern a person with this region and role.</summary>
    public static UserProfile ProfileOf(CalendarSubscriber subscriber) => new(subscriber.Region, subscriber.Role);
}
