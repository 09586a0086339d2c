namespace NrwBot.Host.Requests;

/// <summary>
/// The last request number handed out in a year (table request_counters). Numbers come from here, not from the
/// highest stored number, so a number freed by a deletion ("Meine Daten löschen") is never handed out again.
/// </summary>
public sealed class RequestCounterRecord
{
    public int Year { get; set; }
    public int LastSequence { get; set; }
}
