using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Requests.Queue;

/// <summary>
/// What requesters do with their own closed requests: „Hat nicht geholfen“ ("#42 hat nicht geholfen", or the button
/// on the closing message) reopens it within 14 days. Open to everyone; the rules let only the requester act, and
/// anyone else learns nothing about the request.
/// </summary>
public sealed class RequesterActions(RequestLookup lookup, RequestDesk desk, IRequestStore store)
{
    public Task ReopenAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) => QueueFeature.GuardAsync(turn, async () =>
    {
        if (!QueueFeature.IsPersonal(turn)) return;
        var (request, named) = await lookup.FindAsync(match, cancellationToken);
        await ReopenAsync(turn, request, named, match.Groups["text"].Success ? match.Groups["text"].Value : null, cancellationToken);
    });

    public Task ReopenAsync(FeatureTurn turn, ReopenRequest action, CancellationToken cancellationToken) => QueueFeature.GuardAsync(turn, async () =>
    {
        if (!QueueFeature.IsPersonal(turn)) return;
        await ReopenAsync(turn, await store.FindAsync(action.Number, cancellationToken), action.Number.ToString(), null, cancellationToken);
    });

    /// <param name="named">How the request was named: digits from a pattern or a parsed number, safe to show.</param>
    private async Task ReopenAsync(FeatureTurn turn, SupportRequest? request, string named, string? text, CancellationToken cancellationToken)
    {
        var english = turn.Input.PrefersEnglish || request?.IsEnglish == true;
        if (!IsOwn(turn, request)) { turn.Send(RequestsTexts.NotYourRequest.Format(english, named)); return; }
        var outcome = await desk.ActAsync(request!, new RequestAction(TransitionKind.Reopened, Actor(turn), text), cancellationToken);
        var number = outcome.Request.Number.ToString();
        turn.Send(outcome.Result switch
        {
            DeskResult.Applied => RequestsTexts.Reopened.Format(english, number),
            DeskResult.Gone => RequestsTexts.NotYourRequest.Format(english, number),
            DeskResult.Busy => RequestsTexts.StoreError.In(english),
            _ => outcome.Refusal switch
            {
                RequestRefusal.TooLate => RequestsTexts.ReopenTooLate.Format(english, number),
                RequestRefusal.StillOpen => RequestsTexts.ReopenStillOpen.Format(english, number),
                _ => RequestsTexts.NotYourRequest.Format(english, number),
            },
        });
    }

    /// <summary>Someone else's request, or none: the same answer, so nobody learns which numbers exist.</summary>
    private static bool IsOwn(FeatureTurn turn, SupportRequest? request) =>
        request?.RequesterKey is { } key && key == ConversationKeys.ForUser(turn.Input.User);

    private static RequestActor Actor(FeatureTurn turn) => new(ConversationKeys.ForUser(turn.Input.User), turn.Input.User.Name);
}
