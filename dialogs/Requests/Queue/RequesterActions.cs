using System.Globalization;
using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Requests.Queue;

/// <summary>
/// What requesters do with their own closed requests: „Hat nicht geholfen“ ("#42 hat nicht geholfen", or the button
/// on the closing message) reopens it within 14 days; „Bewerten“ ("#42 bewerten 4 gut erklärt", or the button and its
/// form) rates it once with 1–5 and an optional comment. Open to everyone in a personal chat; the rules let only the
/// requester act, and anyone else learns nothing about the request.
/// </summary>
public sealed class RequesterActions(RequestLookup lookup, RequestDesk desk, IRequestStore store)
{
    public Task ReopenAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) => QueueFeature.GuardAsync(turn, async () =>
    {
        if (!QueueFeature.IsPersonal(turn)) return;
        var (request, named) = await lookup.FindAsync(match, cancellationToken);
        await ActAsync(turn, request, named, TransitionKind.Reopened, match.Groups["text"].Success ? match.Groups["text"].Value : null, cancellationToken);
    });

    public Task ReopenAsync(FeatureTurn turn, ReopenRequest action, CancellationToken cancellationToken) => QueueFeature.GuardAsync(turn, async () =>
    {
        if (!QueueFeature.IsPersonal(turn)) return;
        await ActAsync(turn, await store.FindAsync(action.Number, cancellationToken), action.Number.ToString(), TransitionKind.Reopened, null, cancellationToken);
    });

    public Task RateAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) => QueueFeature.GuardAsync(turn, async () =>
    {
        if (!QueueFeature.IsPersonal(turn)) return;
        var (request, named) = await lookup.FindAsync(match, cancellationToken);
        var stars = match.Groups["stars"].Success && int.TryParse(match.Groups["stars"].Value, CultureInfo.InvariantCulture, out var count) ? count : 0;
        var rating = RequestRating.Create(stars, match.Groups["text"].Success ? match.Groups["text"].Value : null);
        if (rating is null && IsOwn(turn, request))
        {
            turn.Send(RequestsTexts.RateHowTo.Format(English(turn, request), request!.Number.Short));
            return;
        }
        await ActAsync(turn, request, named, TransitionKind.Rated, rating?.Stored, cancellationToken);
    });

    public Task RateAsync(FeatureTurn turn, SubmitRating action, CancellationToken cancellationToken) => QueueFeature.GuardAsync(turn, async () =>
    {
        if (!QueueFeature.IsPersonal(turn)) return;
        await ActAsync(turn, await store.FindAsync(action.Number, cancellationToken), action.Number.ToString(), TransitionKind.Rated, action.Rating.Stored, cancellationToken);
    });

    /// <summary>„Bewerten“: the form on card channels, the command to type elsewhere.</summary>
    public Task RateFormAsync(FeatureTurn turn, RateRequest action, CancellationToken cancellationToken) => QueueFeature.GuardAsync(turn, async () =>
    {
        if (!QueueFeature.IsPersonal(turn)) return;
        var request = await store.FindAsync(action.Number, cancellationToken);
        var english = English(turn, request);
        if (!IsOwn(turn, request)) { turn.Send(RequestsTexts.NotYourRequest.Format(english, action.Number.ToString())); return; }
        if (request!.IsOpen) { turn.Send(RequestsTexts.RateStillOpen.Format(english, request.Number)); return; }
        turn.Send(turn.Input.ChannelHasCards ? RequesterCards.RatingForm(request, english) : Reply.Plain(RequestsTexts.RateHowTo.Format(english, request.Number.Short)));
    });

    /// <param name="named">How the request was named: digits from a pattern or a parsed number, safe to show.</param>
    private async Task ActAsync(FeatureTurn turn, SupportRequest? request, string named, TransitionKind kind, string? text, CancellationToken cancellationToken)
    {
        var english = English(turn, request);
        if (!IsOwn(turn, request)) { turn.Send(RequestsTexts.NotYourRequest.Format(english, named)); return; }
        var outcome = await desk.ActAsync(request!, new RequestAction(kind, Actor(turn), text), cancellationToken);
        var number = outcome.Request.Number.ToString();
        turn.Send(outcome.Result switch
        {
            DeskResult.Applied when kind == TransitionKind.Rated => RequestsTexts.Rated.Format(english, number, RequestRating.Parse(text)!.Stars),
            DeskResult.Applied => RequestsTexts.Reopened.Format(english, number),
            DeskResult.Gone => RequestsTexts.NotYourRequest.Format(english, number),
            DeskResult.Busy => RequestsTexts.StoreError.In(english),
            _ => outcome.Refusal switch
            {
                RequestRefusal.TooLate => RequestsTexts.ReopenTooLate.Format(english, number),
                RequestRefusal.StillOpen when kind == TransitionKind.Rated => RequestsTexts.RateStillOpen.Format(english, number),
                RequestRefusal.StillOpen => RequestsTexts.ReopenStillOpen.Format(english, number),
                RequestRefusal.AlreadyRated => RequestsTexts.RateAlready.Format(english, number),
                RequestRefusal.TextMissing => RequestsTexts.RateHowTo.Format(english, outcome.Request.Number.Short),
                _ => RequestsTexts.NotYourRequest.Format(english, number),
            },
        });
    }

    private static bool English(FeatureTurn turn, SupportRequest? request) => turn.Input.PrefersEnglish || request?.IsEnglish == true;

    /// <summary>Someone else's request, or none: the same answer, so nobody learns which numbers exist.</summary>
    private static bool IsOwn(FeatureTurn turn, SupportRequest? request) =>
        request?.RequesterKey is { } key && key == ConversationKeys.ForUser(turn.Input.User);

    private static RequestActor Actor(FeatureTurn turn) => new(ConversationKeys.ForUser(turn.Input.User), turn.Input.User.Name);
}
