namespace NrwBot.Dialogs.Calendar;

/// <summary>The calendar files have problems; <see cref="Problems"/> lists each as "file, Zeile n: what is wrong".</summary>
public sealed class CalendarContentException(IReadOnlyList<string> problems)
    : Exception("Die Kalender-Dateien enthalten Fehler:\n- " + string.Join("\n- ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
