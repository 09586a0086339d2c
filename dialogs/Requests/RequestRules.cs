namespace NrwBot.Dialogs.Requests;

/// <summary>
/// The state machine of a request: neu → in Bearbeitung (assigned) → erledigt, or abgelehnt with a reason.
/// Answering keeps a request open (and takes it when nobody has it); closed requests do not change any more.
/// </summary>
public static class RequestRules
{
    /// <param name="history">The request's history; needed for a rating only (a request is rated once).</param>
    public static RequestDecision Decide(SupportRequest request, RequestAction action, DateTimeOffset now, IReadOnlyList<RequestTransition>? history = null)
    {
        if (action.Kind == TransitionKind.Noted) return Note(request, action, now);
        if (action.Kind == TransitionKind.Reopened) return Reopen(request, action, now);
        if (action.Kind == TransitionKind.Rated) return Rate(request, action, now, history ?? []);
        if (!request.IsOpen) return RequestDecision.Refuse(RequestRefusal.Closed);
        var text = string.IsNullOrWhiteSpace(action.Text) ? null : action.Text.Trim();
        var owner = request.Assignee ?? action.Actor;
        SupportRequest after;
        switch (action.Kind)
        {
            case TransitionKind.Claimed when request.State == RequestState.InProgress:
                return RequestDecision.Refuse(action.Actor.IsSamePerson(request.Assignee) ? RequestRefusal.AlreadyYours : RequestRefusal.TakenByOther);
            case TransitionKind.Claimed:
                after = request with { State = RequestState.InProgress, Assignee = action.Actor };
                break;
            case TransitionKind.Assigned when action.Assignee is null:
                return RequestDecision.Refuse(RequestRefusal.TextMissing);
            case TransitionKind.Assigned when request.State == RequestState.InProgress && action.Assignee.IsSamePerson(request.Assignee):
                return RequestDecision.Refuse(RequestRefusal.AlreadyAssigned);
            case TransitionKind.Assigned:
                after = request with { State = RequestState.InProgress, Assignee = action.Assignee };
                text = action.Assignee.Name;
                break;
            case TransitionKind.Answered or TransitionKind.Rejected when text is null:
                return RequestDecision.Refuse(RequestRefusal.TextMissing);
            // The same person sending the same answer again is a double click or a retyped command, not news for the requester.
            case TransitionKind.Answered when text == request.Answer && action.Actor.IsSamePerson(request.Assignee):
                return RequestDecision.Refuse(RequestRefusal.Repeated);
            case TransitionKind.Answered:
                after = request with { State = RequestState.InProgress, Assignee = owner, Answer = text };
                break;
            case TransitionKind.Finished:
                after = request with { State = RequestState.Done, Assignee = owner, Answer = text ?? request.Answer };
                break;
            case TransitionKind.Rejected:
                after = request with { State = RequestState.Rejected, Assignee = owner, Answer = text };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action.Kind, "Requests are created by the store, not by an action.");
        }
        after = after with { UpdatedAt = now };
        return new RequestDecision(after, new RequestTransition(request.Id, action.Kind, request.State, after.State, action.Actor, now, text), null);
    }

    /// <summary>How long after its closing the requester may reopen a request („Hat nicht geholfen“).</summary>
    public static readonly TimeSpan ReopenWindow = TimeSpan.FromDays(14);

    /// <summary>
    /// „Hat nicht geholfen“: only the requester, only a closed request, only within <see cref="ReopenWindow"/> of its
    /// closing (a closed request's UpdatedAt: notes and ratings leave it). It goes back to whoever had it, or to
    /// the queue as new; the old answer or reason stays in the history only.
    /// </summary>
    private static RequestDecision Reopen(SupportRequest request, RequestAction action, DateTimeOffset now)
    {
        if (action.Actor.Key is null || action.Actor.Key != request.RequesterKey) return RequestDecision.Refuse(RequestRefusal.NotRequester);
        if (request.IsOpen) return RequestDecision.Refuse(RequestRefusal.StillOpen);
        if (now - request.UpdatedAt > ReopenWindow) return RequestDecision.Refuse(RequestRefusal.TooLate);
        var after = request with { State = request.Assignee is null ? RequestState.New : RequestState.InProgress, Answer = null, UpdatedAt = now };
        var text = string.IsNullOrWhiteSpace(action.Text) ? null : action.Text.Trim();
        return new RequestDecision(after, new RequestTransition(request.Id, TransitionKind.Reopened, request.State, after.State, RequesterAsActor(request, action), now, text), null);
    }

    /// <summary>
    /// The requester rates a closed request once (<see cref="RequestRating"/> in <see cref="RequestAction.Text"/>); a
    /// second rating, also after a reopening, is refused. The request itself stays as it is.
    /// </summary>
    private static RequestDecision Rate(SupportRequest request, RequestAction action, DateTimeOffset now, IReadOnlyList<RequestTransition> history)
    {
        if (action.Actor.Key is null || action.Actor.Key != request.RequesterKey) return RequestDecision.Refuse(RequestRefusal.NotRequester);
        if (request.IsOpen) return RequestDecision.Refuse(RequestRefusal.StillOpen);
        if (history.Any(entry => entry.Kind == TransitionKind.Rated)) return RequestDecision.Refuse(RequestRefusal.AlreadyRated);
        if (RequestRating.Parse(action.Text) is not { } rating) return RequestDecision.Refuse(RequestRefusal.TextMissing);
        return new RequestDecision(request, new RequestTransition(request.Id, TransitionKind.Rated, request.State, request.State, RequesterAsActor(request, action), now, rating.Stored), null);
    }

    /// <summary>The requester in the history: by name only with their consent, as for the request itself.</summary>
    private static RequestActor? RequesterAsActor(SupportRequest request, RequestAction action) =>
        request.Consent && request.RequesterName is not null ? action.Actor with { Name = request.RequesterName } : null;

    /// <summary>
    /// An internal note, on open and closed requests alike: the request stays as it is (also its UpdatedAt, which
    /// dates a closed request's closing); only the history grows.
    /// </summary>
    private static RequestDecision Note(SupportRequest request, RequestAction action, DateTimeOffset now) =>
        string.IsNullOrWhiteSpace(action.Text)
            ? RequestDecision.Refuse(RequestRefusal.TextMissing)
            : new RequestDecision(request, new RequestTransition(request.Id, TransitionKind.Noted, request.State, request.State, action.Actor, now, action.Text.Trim()), null);
}
