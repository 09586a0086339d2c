namespace NrwBot.Dialogs.Requests.Reminders;

/// <summary>Section "ServiceLevels": the worker of the service-level reminders.</summary>
public sealed class RequestReminderOptions
{
    public bool RemindersEnabled { get; set; } = true;

    public int CheckIntervalMinutes { get; set; } = 15;
}
