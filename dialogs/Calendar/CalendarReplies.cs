using System.Globalization;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.WorkingDays;

namespace NrwBot.Dialogs.Calendar;

/// <summary>How entries read in the chat: one line each with date, kind, title and the working days left.</summary>
public static class CalendarReplies
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static string Dates(CalendarEntry entry) => entry.Start == entry.End
        ? Day(entry.Start)
        : CalendarTexts.RangeDates.Format(Day(entry.Start), Day(entry.End));

    public static string Day(DateOnly date) => date.ToString("ddd dd.MM.yyyy", German);

    public static string Line(CalendarEntry entry, DateOnly today)
    {
        var kind = entry.Kind == CalendarEntryKind.Deadline ? CalendarTexts.DeadlineLabel.German : CalendarTexts.EventLabel.German;
        var left = entry.Start >= today ? " – " + WorkingDayCalendar.TimeLeft(today, entry.Start) : "";
        return CalendarTexts.Line.Format(Dates(entry), kind, SafeText.Escape(entry.Title), left);
    }

    public static Reply List(string title, IReadOnlyList<CalendarEntry> entries, DateOnly today, int limit, string audienceLine)
    {
        var shown = entries.Take(limit).ToList();
        var lines = shown.Select(entry => Line(entry, today)).ToList();
        if (entries.Count > limit) lines.Add(CalendarTexts.More.Format(entries.Count - limit));
        return new Reply
        {
            Title = title,
            Text = string.Join("\n", lines) + "\n\n" + audienceLine + "\n\n" + CalendarTexts.Footer.German,
            Actions = ArticleButtons(shown),
            Links = shown.Where(entry => entry.Link is not null).Take(3)
                .Select(entry => new ReplyLink(CalendarTexts.LinkButton.Format(entry.Title), entry.Link!)).ToList(),
            Note = shown.Any(entry => entry.IsExample) ? CalendarTexts.ExampleNote.German : null,
        };
    }

    /// <summary>At most three article buttons: more do not fit on a phone next to the links.</summary>
    public static IReadOnlyList<ReplyAction> ArticleButtons(IEnumerable<CalendarEntry> entries) => entries
        .Where(entry => entry.ArticleId is not null)
        .DistinctBy(entry => entry.ArticleId)
        .Take(3)
        .Select(entry => CardActions.Button(CalendarTexts.ArticleButton.Format(entry.Title), new OpenArticle(entry.ArticleId!)))
        .ToList();
}
