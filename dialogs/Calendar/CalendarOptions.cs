namespace NrwBot.Dialogs.Calendar;

/// <summary>Section "Calendar" of the configuration.</summary>
public sealed class CalendarOptions
{
    /// <summary>The bot's public address, for the feed links (e.g. https://nrwbot.example.org); the feed is under /calendar/.</summary>
    public string FeedBaseUrl { get; set; } = "http://localhost:3978";

    /// <summary>Switches the reminder worker off for the whole bot (users switch their own with "Fristen-Erinnerungen aus").</summary>
    public bool RemindersEnabled { get; set; } = true;

    public int CheckIntervalMinutes { get; set; } = 15;

    public int WorkdayStartHour { get; set; } = 9;

    public int WorkdayEndHour { get; set; } = 17;

    public string TimeZone { get; set; } = "Europe/Berlin";

    /// <summary>How many entries "Fristen" lists before it points to the month question.</summary>
    public int ListLimit { get; set; } = 8;
}
