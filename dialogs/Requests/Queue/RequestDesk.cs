namespace NrwBot.Dialogs.Requests.Queue;

/// <summary>
/// Applies an LKS action: decides it on the request as stored, stores it if nobody changed the request in
/// between, and otherwise decides again on what the other person left (so the loser of a race hears who won).
/// </summary>
public sealed class RequestDesk(IRequestStore store, RequestNotifier notifier, TimeProvider clock)
{
    // Each retry follows a change by someone else; three in a row means a storm, and the user may simply retry.
    private const int MaxAttempts = 3;

    public async Task<DeskOutcome> ActAsync(SupportRequest request, RequestAction action, CancellationToken cancellationToken)
    {
        var current = request;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            // Read again on every attempt: of two ratings at once, the second finds the first.
            var history = action.Kind == TransitionKind.Rated ? await store.HistoryAsync(current.Id, cancellationToken) : null;
            var decision = RequestRules.Decide(current, action, clock.GetUtcNow(), history);
            if (decision.Refusal is { } refusal) return new DeskOutcome(DeskResult.Refused, current) { Refusal = refusal };
            var outcome = await store.ApplyAsync(current, decision.After!, decision.Transition!, cancellationToken);
            if (outcome.Applied)
            {
                var notified = await notifier.ChangedAsync(outcome.Current!, decision.Transition!, cancellationToken);
                return new DeskOutcome(DeskResult.Applied, outcome.Current!) { Transition = decision.Transition, Notified = notified };
            }
            if (outcome.Current is null) return new DeskOutcome(DeskResult.Gone, current);
            current = outcome.Current;
        }
        return new DeskOutcome(DeskResult.Busy, current);
    }
}
