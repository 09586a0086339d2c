namespace NrwBot.Dialogs.Calendar;

/// <summary>The card verbs of the calendar (none carries data a user could forge into something else).</summary>
public static class CalendarVerbs
{
    public const string RemindersOff = "calendar.reminders.off";
    public const string RemindersOn = "calendar.reminders.on";
    public const string List = "calendar.list";
}
