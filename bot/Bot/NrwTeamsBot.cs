using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Results;
using NrwBot.Dialogs.Routing;
using NrwBot.Host.Data;
using NrwBot.Host.Hosting;
using NrwBot.Host.Proactive;
using NrwBot.Host.Rendering;

namespace NrwBot.Host.Bot;

/// <summary>
/// The Teams activity handler. It only translates: activity → <see cref="FeatureTurn"/>, the router picks
/// the feature, replies → activities for this channel. State is loaded once and saved once per turn.
/// Every turn first claims its activity id (<see cref="ActivityClaims"/>): a redelivery answers as the first
/// delivery did and changes nothing.
/// </summary>
public sealed class NrwTeamsBot(
    ConversationState conversationState,
    PrivateConversationState privateConversationState,
    UserState userState,
    TurnRouter router,
    ConversationStore conversations,
    ActivityClaims claims,
    IOptions<BotOptions> options,
    TimeProvider clock) : TeamsActivityHandler
{
    private readonly IStatePropertyAccessor<ConversationMarks> _marks = conversationState.CreateProperty<ConversationMarks>(nameof(ConversationMarks));
    private readonly IStatePropertyAccessor<ConversationData> _conversationData = privateConversationState.CreateProperty<ConversationData>(nameof(ConversationData));
    private readonly IStatePropertyAccessor<UserData> _userData = userState.CreateProperty<UserData>(nameof(UserData));

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        // NrwBot handles no invoke (it only answers them, OnInvokeActivityAsync): an invoke changes nothing, so it is
        // neither claimed nor remembered nor does it save state. A malformed one, which the SDK refuses with 400,
        // leaves nothing behind.
        if (turnContext.Activity.Type == ActivityTypes.Invoke)
        {
            await base.OnTurnAsync(turnContext, cancellationToken);
            return;
        }
        var claim = await claims.ClaimAsync(turnContext.Activity, cancellationToken);
        if (!claim.IsNew)
        {
            // The earlier delivery's answer (if it has finished; else that delivery answers itself).
            if (claim.EarlierReplies is { Count: > 0 } earlier)
            {
                foreach (var reply in earlier) reply.Id = null;
                await turnContext.SendActivitiesAsync([.. earlier], cancellationToken);
            }
            return;
        }
        var sent = new List<Activity>();
        turnContext.OnSendActivities(async (_, activities, next) =>
        {
            lock (sent) sent.AddRange(activities.Where(activity => activity.Type != ActivityTypes.Typing));
            return await next();
        });
        try
        {
            await RunTurnAsync(turnContext, cancellationToken);
        }
        catch
        {
            await claims.ReleaseAsync(turnContext.Activity, CancellationToken.None);
            throw;
        }
        List<Activity> replies;
        lock (sent) replies = [.. sent];
        await claims.CompleteAsync(turnContext.Activity, replies, cancellationToken);
    }

    private async Task RunTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await conversations.RememberAsync(turnContext.Activity, cancellationToken);
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await privateConversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var isSubmit = activity.Value is not null;
        // In channels and group chats the bot speaks only when spoken to (card buttons count as that).
        if (TurnInputFactory.IsShared(TurnInputFactory.KindOf(activity)) && !isSubmit && !TurnInputFactory.MentionsBot(activity)) return;

        var text = TurnInputFactory.TextOf(activity);
        // The limit holds for what a card sends as well as for typed text: a card value is user input too.
        // A meeting protocol pasted for „Ergebnisse erfassen“ is the one message allowed to be longer.
        var limit = ResultsCapture.TakesLongText(text, TurnInputFactory.VerbOf(activity)) ? ResultsCapture.MaxProtocolLength : options.Value.MaxTextLength;
        if (text.Length > limit || TurnInputFactory.LongestValue(activity) > limit)
        {
            await turnContext.SendActivityAsync(RoutingTexts.TooLong.Format(limit), cancellationToken: cancellationToken);
            return;
        }
        var turn = await CreateTurnAsync(turnContext, text, cancellationToken);
        turnContext.TurnState.Set(await router.RouteAsync(turn, cancellationToken));
        if (turn.UserForgotten) await ForgetStateAsync(turnContext, cancellationToken);
        await SendAsync(turnContext, turn.Replies, cancellationToken);
    }

    /// <summary>
    /// "Meine Daten löschen" (in the personal chat): the user's state, their state in this chat and the chat's own
    /// state are deleted, not saved at the end of the turn (the other conversations' rows are deleted with the rest
    /// of the host's data, <see cref="ConversationPersonalData"/>).
    /// </summary>
    private async Task ForgetStateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await userState.DeleteAsync(turnContext, cancellationToken);
        await privateConversationState.DeleteAsync(turnContext, cancellationToken);
        if (TurnInputFactory.KindOf(turnContext.Activity) == ConversationKind.Personal) await conversationState.DeleteAsync(turnContext, cancellationToken);
    }

    /// <summary>
    /// The SDK looks up every added member in the roster (one call each) before <see cref="OnMembersAddedAsync"/>, and a
    /// member the channel does not know made the turn fail (found by MessagesFuzzTests). NrwBot needs only the ids (it
    /// greets when the bot itself was added; the personal welcome does its own, forgiving look-up).
    /// </summary>
    protected override Task OnTeamsMembersAddedDispatchAsync(IList<ChannelAccount> membersAdded, Microsoft.Bot.Schema.Teams.TeamInfo teamInfo,
        ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        OnMembersAddedAsync(membersAdded, turnContext, cancellationToken);

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Teams reports the bot's own installation; Web Chat and others report the user joining.
        var botId = turnContext.Activity.Recipient?.Id;
        var relevant = turnContext.Activity.ChannelId == Microsoft.Bot.Connector.Channels.Msteams
            ? membersAdded.Any(member => member.Id == botId)
            : membersAdded.Count > 0;
        if (!relevant) return;
        // Reinstalling or a repeated conversationUpdate is not a new installation: it must not greet again.
        var marks = await _marks.GetAsync(turnContext, () => new ConversationMarks(), cancellationToken);
        if (marks.WelcomeSent) return;
        marks.WelcomeSent = true;
        var turn = await CreateTurnAsync(turnContext, "", cancellationToken);
        var input = turn.Input with { Event = TurnEvent.Installed };
        if (input.ConversationKind == ConversationKind.Personal) input = await WithRosterDetailsAsync(turnContext, input, cancellationToken);
        turn = new FeatureTurn(input, turn.Conversation, turn.User, turn.Clock);
        await router.RouteAsync(turn, cancellationToken);
        await SendAsync(turnContext, turn.Replies, cancellationToken);
    }

    /// <summary>
    /// The SDK answers 501 for every invoke without a handler, which Teams shows as an error. Invokes NrwBot does not
    /// handle (message extensions, task modules, read receipts, …) get a plain 200, as Teams expects of a bot
    /// without that capability; an Adaptive Card Action.Execute gets a card that says so.
    /// </summary>
    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        // Only the Adaptive Card action goes through the SDK (which checks its value: 400 when malformed). The SDK's
        // Teams handlers read the values of invokes NrwBot does not handle before refusing them, and a value of the
        // wrong shape made them throw inside the turn (found by MessagesFuzzTests): those get their 200 right here.
        if (turnContext.Activity.Name != "adaptiveCard/action") return new InvokeResponse { Status = 200 };
        var response = await base.OnInvokeActivityAsync(turnContext, cancellationToken);
        return response is null || response.Status >= 500 ? new InvokeResponse { Status = 200 } : response;
    }

    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken) =>
        Task.FromResult(new AdaptiveCardInvokeResponse
        {
            StatusCode = 200,
            Type = "application/vnd.microsoft.card.adaptive",
            Value = new Newtonsoft.Json.Linq.JObject
            {
                ["type"] = "AdaptiveCard",
                ["version"] = "1.4",
                ["body"] = new Newtonsoft.Json.Linq.JArray(new Newtonsoft.Json.Linq.JObject
                {
                    ["type"] = "TextBlock",
                    ["text"] = RoutingTexts.CardActionUnsupported.German,
                    ["wrap"] = true,
                }),
            },
        });

    private async Task<FeatureTurn> CreateTurnAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var conversation = await _conversationData.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        var user = await _userData.GetAsync(turnContext, () => new UserData(), cancellationToken);
        return new FeatureTurn(TurnInputFactory.Create(turnContext.Activity, text), conversation, user, clock);
    }

    /// <summary>
    /// On install in personal chat, one roster look-up: Teams often sends the event without the user's name
    /// (without it the welcome greets without a name), and the sign-in name links the user to their entry in
    /// the contact directory (the install route does that), so peers can be introduced to each other later.
    /// </summary>
    private static async Task<TurnInput> WithRosterDetailsAsync(ITurnContext turnContext, TurnInput input, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.ChannelId != Microsoft.Bot.Connector.Channels.Msteams || turnContext.Activity.From?.Id is not { } userId) return input;
        try
        {
            var member = await TeamsInfo.GetMemberAsync(turnContext, userId, cancellationToken);
            var user = input.User.Name.Length > 0 ? input.User : input.User with { Name = member.GivenName ?? member.Name ?? "" };
            return input with { User = user, Roster = new RosterEntry(member.UserPrincipalName, member.Email) };
        }
        catch (Exception error) when (error is Microsoft.Bot.Schema.ErrorResponseException or HttpRequestException or InvalidOperationException)
        {
            return input;
        }
    }

    private static async Task SendAsync(ITurnContext turnContext, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        if (replies.Count == 0) return;
        var activities = ReplyRenderer.Render(replies, turnContext.Activity.ChannelId);
        await turnContext.SendActivitiesAsync(activities.ToArray(), cancellationToken);
    }
}
