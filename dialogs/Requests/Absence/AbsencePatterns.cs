namespace NrwBot.Dialogs.Requests.Absence;

/// <summary>
/// „Abwesend bis 19.12. Vertretung: Ben Weber“ (oneself), „Abwesend: Anna Schmidt bis 19.12. Vertretung: Ben“ (the
/// LKS lead for someone else), „Wieder da“ / „Wieder da: Anna Schmidt“, and „Abwesenheiten“ for the list and the form.
/// </summary>
public static class AbsencePatterns
{
    public const string Set = @"^abwesend(?:\s*:\s*|\s+)(?:(?<member>.+?)\s+)?bis\s+(?<date>\S+?)\.?\s*[,;]?\s*(?:(?:vertretung|vertreten\s+durch)\s*:?\s*(?<substitute>.+?))?\s*\.?$";
    public const string EndFor = @"^wieder\s+da\s*:\s*(?<member>.+?)\s*\.?$";

    public static readonly string[] EndWords = ["wieder da", "bin wieder da", "ich bin wieder da"];
    public static readonly string[] ListWords = ["abwesenheit", "abwesenheiten", "vertretung", "vertretungen", "abwesenheit eintragen"];
}
