namespace NrwBot.Dialogs.Requests;

/// <summary>Either the request after an action with its history entry, or why the action is refused.</summary>
public sealed record RequestDecision(SupportRequest? After, RequestTransition? Transition, RequestRefusal? Refusal)
{
    public static RequestDecision Refuse(RequestRefusal refusal) => new(null, null, refusal);
}
