namespace NrwBot.Dialogs.WorkingDays;

/// <summary>The names of the holidays and what the working-day command line and replies say.</summary>
public static class WorkingDaysTexts
{
    public static readonly Text NewYear = new("Neujahr");
    public static readonly Text GoodFriday = new("Karfreitag");
    public static readonly Text EasterMonday = new("Ostermontag");
    public static readonly Text LabourDay = new("Tag der Arbeit (1. Mai)");
    public static readonly Text Ascension = new("Christi Himmelfahrt");
    public static readonly Text WhitMonday = new("Pfingstmontag");
    public static readonly Text CorpusChristi = new("Fronleichnam");
    public static readonly Text GermanUnity = new("Tag der Deutschen Einheit (3. Oktober)");
    public static readonly Text AllSaints = new("Allerheiligen");
    public static readonly Text ChristmasDay = new("1. Weihnachtstag");
    public static readonly Text BoxingDay = new("2. Weihnachtstag");

    public static readonly Text Usage = new("Aufruf: workdays --from JJJJ-MM-TT --to JJJJ-MM-TT [--json]  (beide Tage eingeschlossen)");
    public static readonly Text BadDate = new("„{0}“ ist kein gültiges Datum (erwartet: JJJJ-MM-TT, z. B. 2027-03-25).");
    public static readonly Text ToBeforeFrom = new("Das Ende ({1}) liegt vor dem Anfang ({0}).");
    public static readonly Text CountLine = new("{0} Arbeitstage in NRW vom {1} bis {2} (beide eingeschlossen).");
    public static readonly Text HolidaysSkipped = new("Übersprungene Feiertage:");
    public static readonly Text NoHolidaysSkipped = new("Keine Feiertage an Werktagen in diesem Zeitraum.");
    public static readonly Text OnWeekend = new(" (fällt auf ein Wochenende)");

    public static readonly Text DaysLeftOne = new("noch 1 Arbeitstag");
    public static readonly Text DaysLeft = new("noch {0} Arbeitstage");
    public static readonly Text DueToday = new("heute fällig");
    public static readonly Text OverdueOne = new("überfällig seit 1 Arbeitstag");
    public static readonly Text Overdue = new("überfällig seit {0} Arbeitstagen");
}
