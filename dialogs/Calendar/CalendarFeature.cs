using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Profile;
using NrwBot.Dialogs.WorkingDays;

namespace NrwBot.Dialogs.Calendar;

/// <summary>
/// "Fristen", "Welche Fristen stehen an?", "Termine im Januar": what lies ahead for the user's role and region.
/// Reminders and the feed are in <see cref="CalendarSubscriptions"/>, the LKS's entries in <see cref="CalendarEditing"/>.
/// </summary>
public sealed class CalendarFeature(CalendarBook book, WorkingDayCalendar workingDays, CalendarOptions options,
    CalendarSubscriptions subscriptions, CalendarEditing editing)
{
    public CalendarSubscriptions Subscriptions { get; } = subscriptions;

    public CalendarEditing Editing { get; } = editing;

    public async Task ListAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var today = workingDays.LocalDate(turn.Now);
        var ahead = (await book.ForAsync(turn.User.Profile, cancellationToken)).Where(entry => entry.IsAhead(today)).ToList();
        if (ahead.Count == 0) { turn.Send(CalendarTexts.Nothing.German + "\n\n" + AudienceLine(turn.User.Profile)); return; }
        turn.Send(CalendarReplies.List(CalendarTexts.Title.German, ahead, today, options.ListLimit, AudienceLine(turn.User.Profile)));
    }

    public async Task MonthAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken)
    {
        var word = match.Groups["month"].Value;
        if (CalendarMonths.Find(word) is not { } month) { turn.Send(CalendarTexts.UnknownMonth.Format(SafeText.Escape(word))); return; }
        var today = workingDays.LocalDate(turn.Now);
        var (year, _) = match.Groups["year"].Success ? (int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture), month) : CalendarMonths.Next(month, today);
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var inMonth = (await book.ForAsync(turn.User.Profile, cancellationToken))
            .Where(entry => entry.Start <= last && entry.End >= first).ToList();
        var name = CalendarMonths.Names[month - 1];
        if (inMonth.Count == 0) { turn.Send(CalendarTexts.NothingInMonth.Format(name, year) + "\n\n" + AudienceLine(turn.User.Profile)); return; }
        turn.Send(CalendarReplies.List(CalendarTexts.MonthTitle.Format(name, year), inMonth, today, int.MaxValue, AudienceLine(turn.User.Profile)));
    }

    private static string AudienceLine(UserProfile? profile) => profile is null
        ? CalendarTexts.ForWhomNoProfile.German
        : CalendarTexts.ForWhom.Format($"{ProfileRoles.Title(profile.Role)}, {profile.Region}");
}
