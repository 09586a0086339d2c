using NrwBot.Dialogs.Lks;
using NrwBot.Dialogs.Routing;

namespace NrwBot.Dialogs.Calendar;

/// <summary>
/// Adds the deadline calendar to the route table: list, month, reminders, feed, and the LKS's entries (in the LKS
/// group behind <see cref="LksGuard"/>).
/// </summary>
public static class CalendarRoutes
{
    public static RouteTable AddCalendar(this RouteTable routes, CalendarFeature calendar, LksGuard lks)
    {
        routes.Group(lks.RefusingWith(refused => refused.Send(CalendarTexts.OnlyForLks.German)))
            .Pattern(CalendarPatterns.AddPattern, calendar.Editing.AddAsync)
            .Pattern(CalendarPatterns.DeletePattern, calendar.Editing.DeleteAsync);
        return routes
            .Verb(CalendarVerbs.List, calendar.ListAsync)
            .Verb(CalendarVerbs.RemindersOff, calendar.Subscriptions.RemindersOffAsync)
            .Verb(CalendarVerbs.RemindersOn, calendar.Subscriptions.RemindersOnAsync)
            .Command(CalendarPatterns.ListWords, calendar.ListAsync)
            .Command(CalendarPatterns.RemindersOnWords, calendar.Subscriptions.RemindersOnAsync)
            .Command(CalendarPatterns.RemindersOffWords, calendar.Subscriptions.RemindersOffAsync)
            .Command(CalendarPatterns.FeedWords, calendar.Subscriptions.FeedAsync)
            .Command(CalendarPatterns.FeedRenewWords, calendar.Subscriptions.FeedRenewAsync)
            .Command(CalendarPatterns.FeedStopWords, calendar.Subscriptions.FeedStopAsync)
            .Pattern(CalendarPatterns.MonthPattern, calendar.MonthAsync, RouteRank.Command);
    }
}
