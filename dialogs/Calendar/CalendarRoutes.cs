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
        routes.Group(lks.RefusingWith(refused => refused.Send(CalendarTexts.OnlyForLks)))
            .Pattern(CalendarTexts.AddPattern, calendar.Editing.AddAsync)
            .Pattern(CalendarTexts.DeletePattern, calendar.Editing.DeleteAsync);
        return routes
            .Verb(CalendarVerbs.List, calendar.ListAsync)
            .Verb(CalendarVerbs.RemindersOff, calendar.Subscriptions.RemindersOffAsync)
            .Verb(CalendarVerbs.RemindersOn, calendar.Subscriptions.RemindersOnAsync)
            .Command(CalendarTexts.ListWords, calendar.ListAsync)
            .Command(CalendarTexts.RemindersOnWords, calendar.Subscriptions.RemindersOnAsync)
            .Command(CalendarTexts.RemindersOffWords, calendar.Subscriptions.RemindersOffAsync)
            .Command(CalendarTexts.FeedWords, calendar.Subscriptions.FeedAsync)
            .Command(CalendarTexts.FeedRenewWords, calendar.Subscriptions.FeedRenewAsync)
            .Command(CalendarTexts.FeedStopWords, calendar.Subscriptions.FeedStopAsync)
            .Pattern(CalendarTexts.MonthPattern, calendar.MonthAsync, RouteRank.Command);
    }
}
