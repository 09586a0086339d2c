namespace NrwBot.Dialogs.Requests;

/// <summary>
/// What an LKS member wants to do with a request: take it, give it to <see cref="Assignee"/>, answer,
/// finish (with an optional answer) or reject (with a reason in <see cref="Text"/>).
/// </summary>
public sealed record RequestAction(TransitionKind Kind, RequestActor Actor, string? Text = null, RequestActor? Assignee = null);
