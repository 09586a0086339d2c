namespace NrwBot.Dialogs.Requests.Reminders;

/// <summary>The record of reminders sent: a claim succeeds once per request and kind, on every instance.</summary>
public interface IRequestReminderClaims
{
    /// <summary>True for the one caller who may send this reminder; false when it was claimed before (here or elsewhere).</summary>
    Task<bool> TryClaimAsync(long requestId, string kind, DateTimeOffset now, CancellationToken cancellationToken);
}
