using System.Globalization;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Flows;
using NrwBot.Dialogs.Profile;

namespace NrwBot.Dialogs.Routing;

/// <summary>
/// Decides who handles a turn, in this order: card verb, command, running flow, free text. Also handles
/// what is common to all features: idle flows expire, "2" or a button's label stands for that button,
/// help and cancel work inside flows, and the profile is offered once.
/// </summary>
public sealed class TurnRouter(RouteTable routes, ProfileFlow profile)
{
    /// <summary>A flow left alone longer than this starts over (issue: "idle for more than 24 hours").</summary>
    public static readonly TimeSpan FlowIdleLimit = TimeSpan.FromHours(24);

    /// <returns>Which way the turn went (for telemetry and the turn's log line).</returns>
    public async Task<RouteTaken> RouteAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
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
        if (turn.Input.Verb is { } verb) return await RouteVerbAsync(turn, verb, cancellationToken);
        var text = turn.Input.Text;
        if (routes.FindCommand(text) is { } command)
        {
            await command(turn, cancellationToken);
            OfferProfileOnce(turn);
            return RouteTaken.Of("command", command);
        }
        if (ActiveFlow(turn) is { } flow)
        {
            await flow.ContinueAsync(turn, cancellationToken);
            return RouteTaken.Flow("flow", flow.Name);
        }
        var route = RouteTaken.None;
        if (routes.FindPattern(text) is { } pattern)
        {
            await pattern.Handler(turn, pattern.Match, cancellationToken);
            route = RouteTaken.Of("pattern", pattern.Handler);
        }
        else if (routes.FreeText is { } freeText)
        {
            await freeText(turn, cancellationToken);
            route = RouteTaken.Of("free_text", freeText);
        }
        OfferProfileOnce(turn);
        return route;
    }

    private async Task<RouteTaken> RouteVerbAsync(FeatureTurn turn, string verb, CancellationToken cancellationToken)
    {
        if (routes.FindVerb(verb) is { } handler)
        {
            await handler(turn, cancellationToken);
            return RouteTaken.Of("verb", handler);
        }
        if (routes.FindFlowForVerb(verb) is { } flow)
        {
            await flow.OnVerbAsync(turn, cancellationToken);
            return RouteTaken.Flow("verb", flow.Name);
        }
        turn.Send(RoutingTexts.UnknownButton);
        return new RouteTaken("verb", "unknown");
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
            if (routes.FindFlow(state.Name) is not null) turn.Send(FlowTexts.Expired);
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
