namespace NrwBot.Dialogs.Requests;

/// <summary>
/// The result of storing a change: applied, or refused because someone changed the request first (then
/// <see cref="Current"/> is what they left, null when the request is gone).
/// </summary>
public sealed record ChangeOutcome(bool Applied, SupportRequest? Current);
