namespace NrwBot.Dialogs.WorkingDays;

/// <summary>The names of the holidays and what the working-day command line and replies say.</summary>
public static class WorkingDaysTexts
{
    public const string NewYear = "Neujahr";
    public const string GoodFriday = "Karfreitag";
    public const string EasterMonday = "Ostermontag";
    public const string LabourDay = "Tag der Arbeit (1. Mai)";
    public const string Ascension = "Christi Himmelfahrt";
    public const string WhitMonday = "Pfingstmontag";
    public const string CorpusChristi = "Fronleichnam";
    public const string GermanUnity = "Tag der Deutschen Einheit (3. Oktober)";
    public const string AllSaints = "Allerheiligen";
    public const string ChristmasDay = "1. Weihnachtstag";
    public const string BoxingDay = "2. Weihnachtstag";

    public const string Usage = "Aufruf: workdays --from JJJJ-MM-TT --to JJJJ-MM-TT [--json]  (beide Tage eingeschlossen)";
    public const string BadDate = "„{0}“ ist kein gültiges Datum (erwartet: JJJJ-MM-TT, z. B. 2027-03-25).";
    public const string ToBeforeFrom = "Das Ende ({1}) liegt vor dem Anfang ({0}).";
    public const string CountLine = "{0} Arbeitstage in NRW vom {1} bis {2} (beide eingeschlossen).";
    public const string HolidaysSkipped = "Übersprungene Feiertage:";
    public const string NoHolidaysSkipped = "Keine Feiertage an Werktagen in diesem Zeitraum.";
    public const string OnWeekend = " (fällt auf ein Wochenende)";

    public const string DaysLeftOne = "noch 1 Arbeitstag";
    public const string DaysLeft = "noch {0} Arbeitstage";
    public const string DueToday = "heute fällig";
    public const string OverdueOne = "überfällig seit 1 Arbeitstag";
    public const string Overdue = "überfällig seit {0} Arbeitstagen";
}
