namespace NrwBot.Dialogs.Calendar;

/// <summary>What users type to reach the deadline calendar: command words (matched exactly, case-insensitive) and patterns.</summary>
public static class CalendarPatterns
{
    public static readonly string[] ListWords = ["fristen", "termine", "fristen und termine", "welche fristen stehen an?", "welche fristen stehen an",
        "welche termine stehen an?", "welche termine stehen an", "was steht an?", "was steht an", "kalender", "deadlines"];
    public static readonly string[] RemindersOnWords = ["fristen-erinnerungen an", "fristenerinnerungen an", "fristen erinnerungen an", "fristen-erinnerung an"];
    public static readonly string[] RemindersOffWords = ["fristen-erinnerungen aus", "fristenerinnerungen aus", "fristen erinnerungen aus", "fristen-erinnerung aus"];
    public static readonly string[] FeedWords = ["kalender abonnieren", "kalender-abo", "kalenderabo", "kalender in outlook", "ical", "ics"];
    public static readonly string[] FeedRenewWords = ["kalender-abo erneuern", "kalenderabo erneuern", "kalender abo erneuern", "kalender-link erneuern"];
    public static readonly string[] FeedStopWords = ["kalender-abo beenden", "kalenderabo beenden", "kalender abo beenden", "kalender-abo löschen"];
    /// <summary>"Termine im Januar", "Fristen im März 2027".</summary>
    public const string MonthPattern = @"^(?:fristen|termine|fristen und termine)\s+(?:im|in|für)\s+(?<month>[a-zäöü]+)(?:\s+(?<year>\d{4}))?\s*[?.!]?$";

    /// <summary>"Frist eintragen: 31.01.2027; Mittelabruf; für Fachkraft; Erinnerung 14, 3; Link mittelabruf".</summary>
    public const string AddPattern = @"^(?<kind>frist|termin)\s+(?:eintragen|hinzufügen|anlegen)\s*:?\s*(?<rest>.*)$";

    public const string DeletePattern = @"^(?:frist|termin)\s+(?:löschen|entfernen)\s*:?\s*(?<id>[a-z0-9-]+)\s*$";
}
