using NrwBot.Dialogs.Routing;

namespace NrwBot.Dialogs.Calendar;

/// <summary>Adds the deadline calendar to the route table: list, month, reminders, feed, and the LKS's entries.</summary>
public static class CalendarRoutes
{
    public static RouteTable AddCalendar(this RouteTable routes, CalendarFeature calendar) => routes
        .Verb(CalendarVerbs.List, calendar.ListAsync)
        .Verb(CalendarVerbs.RemindersOff, calendar.Subscriptions.RemindersOffAsync)
        .Verb(CalendarVerbs.RemindersOn, calendar.Subscriptions.RemindersOnAsync)
        .Command(CalendarPatterns.ListWords, calendar.ListAsync)
        .Command(CalendarPatterns.RemindersOnWords, calendar.Subscriptions.RemindersOnAsync)
        .Command(CalendarPatterns.RemindersOffWords, calendar.Subscriptions.RemindersOffAsync)
        .Command(CalendarPatterns.FeedWords, calendar.Subscriptions.FeedAsync)
        .Command(CalendarPatterns.FeedRenewWords, calendar.Subscriptions.FeedRenewAsync)
        .Command(CalendarPatterns.FeedStopWords, calendar.Subscriptions.FeedStopAsync)
        .Pattern(CalendarPatterns.MonthPattern, calendar.MonthAsync, RouteRank.Command)
        .Pattern(CalendarPatterns.AddPattern, calendar.Editing.AddAsync, RouteRank.Command)
        .Pattern(CalendarPatterns.DeletePattern, calendar.Editing.DeleteAsync, RouteRank.Command);
}
