using System.Globalization;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Flows;
using NrwBot.Dialogs.Profile;

namespace NrwBot.Dialogs.Routing;

/// <summary>
/// Decides who handles a turn: an event goes to its event route; a card verb to its route or its flow; files to
/// the running flow that expects them (<see cref="IFileFlow"/>); a message without text to the file route or a short
/// „leer“ answer; text to the running flow when it answers the flow's question (see <see cref="IsAnswer"/>), otherwise
/// to a command word, a pattern by rank, or free text (whose handler may look at files sent with it). Anything not handled by the running flow is an interruption: the flow
/// stays as it was, and afterwards the user is reminded of it (text channels: the question is asked again;
/// card channels: one short line, once per form). Also common to all features: idle flows expire, "2" or a
/// button's label stands for that button, a card of an older draft is refused as stale, and the profile is
/// offered once.
/// </summary>
public sealed class TurnRouter(RouteTable routes, ProfileFlow profile)
{
    /// <summary>A flow left alone longer than this starts over (issue: "idle for more than 24 hours").</summary>
    public static readonly TimeSpan FlowIdleLimit = TimeSpan.FromHours(24);

    /// <returns>Which way the turn went (for telemetry and the turn's log line).</returns>
    public async Task<RouteTaken> RouteAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Input.Event is { } turnEvent)
        {
            if (routes.FindEvent(turnEvent) is not { } handler) return RouteTaken.None;
            await handler(turn, cancellationToken);
            return RouteTaken.Of("event", handler);
        }
        ExpireIdleFlow(turn);
        ResolvePendingChoice(turn);
        var route = await DispatchAsync(turn, cancellationToken);
        turn.Conversation.PendingChoices = turn.Replies
            .SelectMany(reply => reply.Actions)
            .Select(action => new PendingChoice(action.Label, action.Verb, action.Data?.ToDictionary()))
            .ToList();
        return route;
    }

    private async Task<RouteTaken> DispatchAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var flow = ActiveFlow(turn);
        var flowState = turn.Conversation.ActiveFlow;
        RouteTaken route;
        if (turn.Input.Verb is { } verb)
        {
            if (routes.FindFlowForVerb(verb) is { } verbFlow && routes.FindVerb(verb) is null)
            {
                await RouteFlowVerbAsync(turn, verbFlow, cancellationToken);
                return RouteTaken.Flow("verb", verbFlow.Name);
            }
            route = await RouteVerbAsync(turn, verb, cancellationToken);
        }
        else if (turn.Input.HasFiles && flow is IFileFlow fileFlow)
        {
            await fileFlow.TakeFilesAsync(turn, cancellationToken);
            return RouteTaken.Flow("file", flow.Name);
        }
        else if (turn.Input.Text.Length == 0) route = await RouteEmptyAsync(turn, cancellationToken);
        else if (flow is not null && IsAnswer(turn, flow))
        {
            await flow.ContinueAsync(turn, cancellationToken);
            return RouteTaken.Flow("flow", flow.Name);
        }
        else route = await RouteTextAsync(turn, cancellationToken);

        if (flow is not null && ReferenceEquals(turn.Conversation.ActiveFlow, flowState)) ResumeAfterInterruption(turn, flow, flowState!);
        OfferProfileOnce(turn);
        return route;
    }

    /// <summary>
    /// The rule that tells an answer from an interruption while a flow runs:
    /// 1. a command word („Hilfe“, „abbrechen“, „Profil“ …) or a command pattern („#3 übernehmen“, „Digest …“) is never an answer;
    /// 2. on card channels no other text is an answer either (the form is filled in the card), except a typed
    ///    „Senden“ / „Ändern“ to the summary;
    /// 3. on text channels, text the current question accepts is the answer, unless it is a question
    ///    (<see cref="IsQuestion"/>) that a pattern route or a confident knowledge answer claims;
    /// 4. text the question does not accept is an interruption when a pattern route claims it, or when it is a
    ///    question with a confident knowledge answer; otherwise the flow says what it expects and asks again.
    /// So „Düren“ to the Kreis question is an answer, „Wer ist Ansprechpartner in Jülich?“ is not, and a too
    /// short description („Referent“) is refused by the flow, not answered from the knowledge base.
    /// </summary>
    private bool IsAnswer(FeatureTurn turn, IFlow flow)
    {
        var text = turn.Input.Text;
        if (routes.FindCommand(text) is not null || routes.FindPattern(text, RouteRank.Command) is not null) return false;
        var fits = flow.Fits(turn);
        if (turn.Input.ChannelHasCards) return fits;
        var question = IsQuestion(text);
        if (fits && !question) return true;
        var claimed = routes.FindPattern(text) is not null || (question && routes.FreeTextIsConfident(turn));
        return !claimed;
    }

    private static readonly string[] QuestionWords =
    [
        "wer", "was", "wie", "wo", "wann", "warum", "wieso", "weshalb", "welche", "welcher", "welches", "welchen", "wohin", "woher",
        "gibt", "kann", "muss", "darf", "soll", "who", "what", "how", "where", "when", "why", "which", "can", "is", "are", "do", "does",
    ];

    /// <summary>A question: it ends with „?“ or starts with a question word („Wer ist …“, „Gibt es …“).</summary>
    private static bool IsQuestion(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.EndsWith('?')) return true;
        var first = trimmed.Split(' ', 2)[0].ToLowerInvariant();
        return trimmed.Contains(' ') && QuestionWords.Contains(first);
    }

    private async Task<RouteTaken> RouteTextAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var text = turn.Input.Text;
        if (routes.FindCommand(text) is { } command)
        {
            await command(turn, cancellationToken);
            return RouteTaken.Of("command", command);
        }
        // A command pattern („#42 übernehmen“, „N7 ausblenden: …“) stays a command in any thread; other text in a thread may be an answer.
        if (turn.Input.ThreadRootId is not null && routes.ThreadReplyHandler is { } threadReply && routes.FindPattern(text, RouteRank.Command) is null
            && await threadReply(turn, cancellationToken))
            return new RouteTaken("thread_reply", "network");
        if (routes.FindPattern(text) is { } pattern)
        {
            await pattern.Handler(turn, pattern.Match, cancellationToken);
            return RouteTaken.Of("pattern", pattern.Handler);
        }
        if (routes.FreeText is not { } freeText) return RouteTaken.None;
        await freeText(turn, cancellationToken);
        return RouteTaken.Of("free_text", freeText);
    }

    /// <summary>
    /// A message without text: files no running flow expects go to the file route (which says what the bot can do with
    /// a file); a message with nothing at all gets a short „leer“ answer. Never an answer to a flow's question, so an empty
    /// message cannot skip an optional field.
    /// </summary>
    private async Task<RouteTaken> RouteEmptyAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Input.HasFiles && routes.FileHandler is { } files)
        {
            await files(turn, cancellationToken);
            return RouteTaken.Of("file", files);
        }
        turn.Send(RoutingTexts.EmptyMessage.German);
        return new RouteTaken("empty", "router");
    }

    private async Task<RouteTaken> RouteVerbAsync(FeatureTurn turn, string verb, CancellationToken cancellationToken)
    {
        if (routes.FindVerb(verb) is not { } handler)
        {
            turn.Send(RoutingTexts.UnknownButton.German);
            return new RouteTaken("verb", "unknown");
        }
        await handler(turn, cancellationToken);
        return RouteTaken.Of("verb", handler);
    }

    /// <summary>A flow's own button: handled when it belongs to the draft as it stands, else „nicht mehr aktuell“ and the current card.</summary>
    private async Task RouteFlowVerbAsync(FeatureTurn turn, IFlow flow, CancellationToken cancellationToken)
    {
        if (flow.IsCurrent(turn))
        {
            await flow.OnVerbAsync(turn, cancellationToken);
            return;
        }
        await flow.RefuseStaleAsync(turn, cancellationToken);
        ActiveFlow(turn)?.Reprompt(turn);
    }

    /// <summary>After an interruption the flow is still there: text channels ask its question again, card
    /// channels remind once that the form is still open (its card is in the history and still works).</summary>
    private static void ResumeAfterInterruption(FeatureTurn turn, IFlow flow, FlowState state)
    {
        if (turn.Input.ChannelHasCards)
        {
            if (state.Reminded) return;
            state.Reminded = true;
            turn.Send(FlowTexts.StillOpen.Format(flow.Title));
            return;
        }
        turn.Send(FlowTexts.InFlowHint.Format(flow.Title));
        flow.Reprompt(turn);
    }

    /// <summary>The running flow, if any; used by help (to re-ask) and by the host.</summary>
    public IFlow? ActiveFlow(FeatureTurn turn) =>
        turn.Conversation.ActiveFlow is { } state ? routes.FindFlow(state.Name) : null;

    private void ExpireIdleFlow(FeatureTurn turn)
    {
        var state = turn.Conversation.ActiveFlow;
        if (state is null) return;
        if (routes.FindFlow(state.Name) is null || turn.Now - state.UpdatedAt > FlowIdleLimit)
        {
            turn.Conversation.ActiveFlow = null;
            if (routes.FindFlow(state.Name) is not null) turn.Send(FlowTexts.Expired.German);
        }
    }

    /// <summary>On text channels buttons are numbered; "2" or the button's label then means that button.</summary>
    private static void ResolvePendingChoice(FeatureTurn turn)
    {
        var choices = turn.Conversation.PendingChoices;
        if (turn.Input.Verb is not null || choices.Count == 0) return;
        var text = turn.Input.Text.Trim().TrimEnd('.', ')');
        PendingChoice? choice = null;
        if (!turn.Input.ChannelHasCards && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= choices.Count)
            choice = choices[number - 1];
        choice ??= choices.FirstOrDefault(pending => string.Equals(pending.Label, text, StringComparison.OrdinalIgnoreCase));
        if (choice is null) return;
        turn.Rewrite(turn.Input with { Verb = choice.Verb, Values = choice.Data ?? new Dictionary<string, string>() });
    }

    private void OfferProfileOnce(FeatureTurn turn)
    {
        if (turn.User.Profile is not null || turn.User.ProfileOffered || turn.Conversation.ActiveFlow is not null) return;
        if (turn.Input.ConversationKind != ConversationKind.Personal) return;
        turn.User.ProfileOffered = true;
        turn.Send(profile.Offer());
    }
}
