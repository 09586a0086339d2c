namespace NrwBot.Host.Requests;

/// <summary>
/// One service-level reminder of a request, claimed before it is sent (table request_reminders): the primary key
/// (request, kind) makes a second claim fail, on every instance, so each reminder goes out once.
/// </summary>
public sealed class RequestReminderRecord
{
    public long RequestId { get; set; }

    /// <summary>"due-tomorrow", "overdue" or "unclaimed" (<see cref="NrwBot.Dialogs.Requests.Reminders.RequestReminderKind"/>).</summary>
    public string Kind { get; set; } = "";

    public DateTimeOffset SentAt { get; set; }
}
