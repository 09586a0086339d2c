using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Lks;

namespace NrwBot.Dialogs.Requests.Queue;

/// <summary>
/// Working on requests, for the LKS only: "#42 übernehmen", "#42 antworten: …", "#42 erledigt: …",
/// "#42 ablehnen: …", "#42 an Name", and the same through the card buttons (Antworten / Erledigt / Ablehnen open
/// a small form on card channels, and say what to type on text channels). Every route to these handlers is behind
/// the LKS route guard (<see cref="LksGuard"/>), so they do not check membership themselves.
/// </summary>
public sealed class QueueActions(ILksMembership lks, IRequestStore store, RequestLookup lookup, RequestDesk desk, LksCards cards, LksAbsences absences, HolderProposal proposals)
{
    public const string ClaimVerb = "requests.claim";
    public const string AnswerVerb = "requests.answer";
    public const string FinishVerb = "requests.finish";
    public const string RejectVerb = "requests.reject";
    public const string AnswerSubmitVerb = "requests.answer.submit";
    public const string FinishSubmitVerb = "requests.finish.submit";
    public const string RejectSubmitVerb = "requests.reject.submit";


    public Task ClaimAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) =>
        ActAsync(turn, () => lookup.FindAsync(match, cancellationToken), TransitionKind.Claimed, null, cancellationToken);

    public Task AnswerAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) =>
        ActAsync(turn, () => lookup.FindAsync(match, cancellationToken), TransitionKind.Answered, TextOf(match), cancellationToken);

    public Task FinishAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) =>
        ActAsync(turn, () => lookup.FindAsync(match, cancellationToken), TransitionKind.Finished, TextOf(match), cancellationToken);

    public Task RejectAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) =>
        ActAsync(turn, () => lookup.FindAsync(match, cancellationToken), TransitionKind.Rejected, TextOf(match), cancellationToken);

    /// <summary>"#42 notiz: …": an internal note for the LKS; the requester is not told and does not see it.</summary>
    public Task NoteAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) =>
        ActAsync(turn, () => lookup.FindAsync(match, cancellationToken), TransitionKind.Noted, TextOf(match), cancellationToken);

    public Task AssignAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) => QueueFeature.GuardAsync(turn, async () =>
    {
        var name = match.Groups["name"].Value.Trim();
        var assignee = await ResolveAsync(turn, name, cancellationToken);
        if (assignee is null) return;
        await AssignCheckedAsync(turn, await lookup.FindAsync(match, cancellationToken), assignee, cancellationToken);
    });

    /// <summary>
    /// „Vorschlag: an Name“: the proposed person takes it. Clicked by that person, it is their „Übernehmen“; clicked by
    /// anyone else, it is „#42 an Name“ (the person is told, an absent one's substitute gets it). The proposal is
    /// worked out again now, so a stale or forged card assigns nobody it should not.
    /// </summary>
    public Task AcceptProposalAsync(FeatureTurn turn, AcceptProposal action, CancellationToken cancellationToken) => QueueFeature.GuardAsync(turn, async () =>
    {
        (SupportRequest? Request, string Named) found = (await store.FindAsync(action.Number, cancellationToken), action.Number.ToString());
        if (found.Request is null) { turn.Send(RequestsTexts.NotFound.Format(found.Named)); return; }
        if (proposals.For(found.Request) is not { } proposal) { turn.Send(RequestsTexts.NoProposal.Format(found.Request.Number)); return; }
        var me = Actor(turn);
        if (proposal.Person.IsSamePerson(me)) { await ActCheckedAsync(turn, found, new RequestAction(TransitionKind.Claimed, me), cancellationToken); return; }
        // A name from the directory; the LKS roster knows the same person with a key, so they can be told.
        var known = await lks.FindByNameAsync(proposal.Person.Name, cancellationToken);
        await AssignCheckedAsync(turn, found, known is [{ Key: not null } keyed] ? keyed : proposal.Person, cancellationToken);
    });

    private async Task AssignCheckedAsync(FeatureTurn turn, (SupportRequest? Request, string Named) found, RequestActor assignee, CancellationToken cancellationToken)
    {
        // While someone is away, what is handed to them goes to their substitute (not when they take it themselves).
        if (LksAbsences.Of(await absences.CurrentAsync(cancellationToken), assignee) is { } absence && !assignee.IsSamePerson(Actor(turn)))
        {
            turn.Send(Absence.AbsenceTexts.AssignedToSubstitute.Format(SafeText.Escape(absence.Member.Name), GermanTime.Date(absence.Until), SafeText.Escape(absence.Substitute.Name)));
            assignee = absence.Substitute;
        }
        await ActCheckedAsync(turn, found, new RequestAction(TransitionKind.Assigned, Actor(turn), null, assignee), cancellationToken);
    }

    public Task ClaimVerbAsync(FeatureTurn turn, CancellationToken cancellationToken) =>
        ActAsync(turn, () => lookup.FindAsync(turn, cancellationToken), TransitionKind.Claimed, null, cancellationToken);

    public Task AnswerVerbAsync(FeatureTurn turn, CancellationToken cancellationToken) => OpenFormAsync(turn, TransitionKind.Answered, cancellationToken);

    public Task FinishVerbAsync(FeatureTurn turn, CancellationToken cancellationToken) => OpenFormAsync(turn, TransitionKind.Finished, cancellationToken);

    public Task RejectVerbAsync(FeatureTurn turn, CancellationToken cancellationToken) => OpenFormAsync(turn, TransitionKind.Rejected, cancellationToken);

    public Task AnswerSubmitAsync(FeatureTurn turn, CancellationToken cancellationToken) => SubmitAsync(turn, TransitionKind.Answered, cancellationToken);

    public Task FinishSubmitAsync(FeatureTurn turn, CancellationToken cancellationToken) => SubmitAsync(turn, TransitionKind.Finished, cancellationToken);

    public Task RejectSubmitAsync(FeatureTurn turn, CancellationToken cancellationToken) => SubmitAsync(turn, TransitionKind.Rejected, cancellationToken);

    private Task SubmitAsync(FeatureTurn turn, TransitionKind kind, CancellationToken cancellationToken) =>
        ActAsync(turn, () => lookup.FindAsync(turn, cancellationToken), kind, turn.Input.Value(LksCards.TextKey), cancellationToken);

    private Task OpenFormAsync(FeatureTurn turn, TransitionKind kind, CancellationToken cancellationToken) => QueueFeature.GuardAsync(turn, async () =>
    {
        var (request, named) = await lookup.FindAsync(turn, cancellationToken);
        if (request is null) { turn.Send(RequestsTexts.NotFound.Format(named)); return; }
        if (!request.IsOpen) { turn.Send(RequestsTexts.RefusedClosed.Format(request.Number, RequestsTexts.StateName(request.State).German)); return; }
        if (turn.Input.ChannelHasCards) { turn.Send(cards.Form(kind, request)); return; }
        var typed = kind switch { TransitionKind.Answered => RequestsTexts.TypeAnswer.German, TransitionKind.Rejected => RequestsTexts.TypeReject.German, _ => RequestsTexts.TypeFinish.German };
        turn.Send(string.Format(typed, request.Number.Short));
    });

    private Task ActAsync(FeatureTurn turn, Func<Task<(SupportRequest?, string)>> find, TransitionKind kind, string? text, CancellationToken cancellationToken) =>
        QueueFeature.GuardAsync(turn, async () =>
        {
                await ActCheckedAsync(turn, await find(), new RequestAction(kind, Actor(turn), text), cancellationToken);
        });

    private async Task ActCheckedAsync(FeatureTurn turn, (SupportRequest? Request, string Named) found, RequestAction action, CancellationToken cancellationToken)
    {
        if (found.Request is null) { turn.Send(RequestsTexts.NotFound.Format(found.Named)); return; }
        var outcome = await desk.ActAsync(found.Request, action, cancellationToken);
        turn.Send(new Reply { Text = OutcomeText(outcome, action), Actions = FollowUps(outcome) });
    }

    private async Task<RequestActor?> ResolveAsync(FeatureTurn turn, string name, CancellationToken cancellationToken)
    {
        if (string.Equals(name, RequestsTexts.AssignSelf.German, StringComparison.OrdinalIgnoreCase) || string.Equals(name, "me", StringComparison.OrdinalIgnoreCase)) return Actor(turn);
        var matches = await lks.FindByNameAsync(name, cancellationToken);
        if (matches.Count == 1) return matches[0];
        if (matches.Count > 1)
        {
            turn.Send(RequestsTexts.AmbiguousMember.Format(SafeText.Escape(name), string.Join(", ", matches.Select(match => SafeText.Escape(match.Name)))));
            return null;
        }
        var known = await lks.KnownAsync(cancellationToken);
        var message = RequestsTexts.UnknownMember.Format(SafeText.Escape(name));
        if (known.Count > 0) message += " " + RequestsTexts.KnownMembers.Format(string.Join(", ", known.Select(member => SafeText.Escape(member.Name))));
        turn.Send(message);
        return null;
    }

    /// <summary>After a request was closed with an answer: the offer to turn it into a knowledge article (a draft, four eyes).</summary>
    private static IReadOnlyList<ReplyAction> FollowUps(DeskOutcome outcome) =>
        outcome.Result == DeskResult.Applied && outcome.Transition!.Kind is TransitionKind.Answered or TransitionKind.Finished && outcome.Request.Answer is { Length: > 0 }
            ? [CardActions.Button(Knowledge.Learning.ArticleDraftTexts.FromRequestButton.German, new Knowledge.Learning.DraftArticleFromRequest(outcome.Request.Number.ToString()))]
            : [];

    private static string OutcomeText(DeskOutcome outcome, RequestAction action)
    {
        var request = outcome.Request;
        var number = request.Number.ToString();
        return outcome.Result switch
        {
            DeskResult.Applied => AppliedText(outcome, number),
            DeskResult.Gone => RequestsTexts.RefusedGone.Format(number),
            DeskResult.Busy => RequestsTexts.RefusedBusy.Format(number),
            _ => outcome.Refusal switch
            {
                RequestRefusal.Closed => RequestsTexts.RefusedClosed.Format(number, RequestsTexts.StateName(request.State).German),
                RequestRefusal.TakenByOther => RequestsTexts.RefusedTaken.Format(number, SafeText.Escape(request.Assignee?.Name)),
                RequestRefusal.AlreadyYours => RequestsTexts.RefusedYours.Format(number),
                RequestRefusal.Repeated => RequestsTexts.RefusedRepeated.Format(number),
                RequestRefusal.AlreadyAssigned => RequestsTexts.RefusedAssigned.Format(number, SafeText.Escape(request.Assignee?.Name)),
                _ => string.Format(action.Kind switch
                {
                    TransitionKind.Rejected => RequestsTexts.NeedReason.German,
                    TransitionKind.Noted => RequestsTexts.NeedNote.German,
                    _ => RequestsTexts.NeedAnswer.German,
                }, request.Number.Short),
            },
        };
    }

    private static string AppliedText(DeskOutcome outcome, string number)
    {
        if (outcome.Transition!.Kind == TransitionKind.Noted) return RequestsTexts.DoneNoted.Format(number);
        var done = outcome.Transition!.Kind switch
        {
            TransitionKind.Claimed => RequestsTexts.DoneClaimed.Format(number),
            TransitionKind.Assigned => RequestsTexts.DoneAssigned.Format(number, SafeText.Escape(outcome.Request.Assignee?.Name)),
            TransitionKind.Answered => RequestsTexts.DoneAnswered.Format(number),
            TransitionKind.Finished => RequestsTexts.DoneFinished.Format(number),
            _ => RequestsTexts.DoneRejected.Format(number),
        };
        var told = outcome.Notified switch
        {
            null => RequestsTexts.RequesterGone.German,
            { Accepted: true } => RequestsTexts.RequesterNotified.German,
            _ => RequestsTexts.RequesterNotReached.German,
        };
        return done + " " + told;
    }

    private static string? TextOf(Match match) => match.Groups["text"].Success ? match.Groups["text"].Value.Trim() : null;

    // Teams sends a name with every message; other channels may not, and the requester should still read who acted.
    internal static RequestActor Actor(FeatureTurn turn) =>
        new(ConversationKeys.ForUser(turn.Input.User), turn.Input.User.Name.Length > 0 ? turn.Input.User.Name : RequestsTexts.UnnamedLks.German);
}
