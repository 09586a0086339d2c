namespace NrwBot.Dialogs.Requests;

/// <summary>One entry of a request's history: who did what, when, with which comment (answer, reason, assignee).</summary>
public sealed record RequestTransition(
    long RequestId,
    TransitionKind Kind,
    RequestState? From,
    RequestState To,
    RequestActor? Actor,
    DateTimeOffset At,
    string? Comment = null);
