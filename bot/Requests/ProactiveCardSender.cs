using System.Globalization;
using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Conversation;
using NrwBot.Host.Hosting;
using NrwBot.Host.Proactive;
using NrwBot.Host.Rendering;

namespace NrwBot.Host.Requests;

/// <summary>
/// Posts a card into a stored conversation and returns the new message's id, or replaces a posted card in place.
/// It sits beside the foundation's ProactiveMessenger (which does not return ids) and talks to the connector
/// directly: a new post must not carry a replyToId, or Teams would file it under another thread.
/// </summary>
public sealed class ProactiveCardSender(
    IBotFrameworkHttpAdapter adapter,
    IOptions<BotCredentialsOptions> credentials,
    ILogger<ProactiveCardSender> logger)
{
    /// <param name="reference">Where to post (a stored conversation, see <see cref="ConversationStore"/>).</param>
    /// <param name="conversationKey">Its key, for the log.</param>
    public async Task<CardDelivery> PostAsync(ConversationReference reference, string conversationKey, Reply card, string? replaceActivityId, CancellationToken cancellationToken)
    {
        string? activityId = null;
        Exception? failure = null;
        await ((BotAdapter)adapter).ContinueConversationAsync(credentials.Value.MicrosoftAppId ?? "", reference, async (turn, token) =>
        {
            try
            {
                var connector = turn.TurnState.Get<IConnectorClient>() ?? throw new InvalidOperationException("No connector client in a proactive turn.");
                var activity = (Activity)ReplyRenderer.Render([card], reference.ChannelId)[0];
                activity.ApplyConversationReference(reference);
                activity.ReplyToId = null;
                if (replaceActivityId is null)
                    activityId = (await connector.Conversations.SendToConversationAsync(activity, token))?.Id;
                else
                {
                    activity.Id = replaceActivityId;
                    await connector.Conversations.UpdateActivityAsync(activity, token);
                    activityId = replaceActivityId;
                }
            }
            catch (Exception error) when (error is ErrorResponseException or HttpRequestException or TaskCanceledException or InvalidOperationException)
            {
                failure = error;
            }
        }, cancellationToken);
        return failure is null
            ? new CardDelivery(new ProactiveResult(ProactiveStatus.Sent), activityId)
            : new CardDelivery(Classify(conversationKey, failure), null);
    }

    private ProactiveResult Classify(string key, Exception failure)
    {
        if (failure is ErrorResponseException { Response.StatusCode: HttpStatusCode.Forbidden or HttpStatusCode.NotFound } refused)
        {
            logger.LogWarning("Card for {Key} refused by the channel with {Status}", key, (int)refused.Response.StatusCode);
            return new ProactiveResult(ProactiveStatus.Refused, ((int)refused.Response.StatusCode).ToString(CultureInfo.InvariantCulture));
        }
        logger.LogError(failure, "Card for {Key} failed", key);
        return new ProactiveResult(ProactiveStatus.Failed, failure.GetType().Name);
    }
}
