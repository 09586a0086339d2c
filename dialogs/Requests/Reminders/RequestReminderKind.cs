namespace NrwBot.Dialogs.Requests.Reminders;

/// <summary>The service-level reminders of a request; each is claimed once per request under its name.</summary>
public static class RequestReminderKind
{
    /// <summary>To the holder (or their substitute): the request is due on the next working day.</summary>
    public const string DueTomorrow = "due-tomorrow";

    /// <summary>To the LKS channel: the request is past its target time.</summary>
    public const string Overdue = "overdue";

    /// <summary>To the LKS channel: a new request nobody took within one working day.</summary>
    public const string Unclaimed = "unclaimed";
}
