using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Conversation;
using NrwBot.Host.Hosting;
using NrwBot.Host.Rendering;

namespace NrwBot.Host.Proactive;

/// <summary>
/// Sends replies into stored conversations with ContinueConversationAsync. A channel that refuses
/// (403/404: the bot was removed, the user left) is recorded on the conversation instead of throwing.
/// </summary>
public sealed class ProactiveMessenger(
    IBotFrameworkHttpAdapter adapter,
    ConversationStore conversations,
    IOptions<BotCredentialsOptions> credentials,
    ILogger<ProactiveMessenger> logger) : IProactiveSender
{
    public Task<ProactiveResult> SendToUserAsync(string userKey, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
        SendAsync(userKey, replies, cancellationToken);

    public Task<ProactiveResult> SendToConversationAsync(string conversationKey, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
        SendAsync(conversationKey, replies, cancellationToken);

    private async Task<ProactiveResult> SendAsync(string key, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        var reference = await conversations.FindAsync(key, cancellationToken);
        if (reference is null) return new ProactiveResult(ProactiveStatus.UnknownTarget, key);
        Exception? failure = null;
        await ((BotAdapter)adapter).ContinueConversationAsync(credentials.Value.MicrosoftAppId ?? "", reference, async (turn, token) =>
        {
            // Caught here: the adapter would hand an exception to the turn error handler, which apologises
            // to the user, and the caller would never learn that the message did not arrive.
            try
            {
                foreach (var activity in ReplyRenderer.Render(replies, reference.ChannelId))
                    await turn.SendActivityAsync(activity, token);
            }
            catch (Exception error) when (error is ErrorResponseException or HttpRequestException or TaskCanceledException)
            {
                failure = error;
            }
        }, cancellationToken);
        return failure is null ? new ProactiveResult(ProactiveStatus.Sent) : await ClassifyAsync(key, failure, cancellationToken);
    }

    private async Task<ProactiveResult> ClassifyAsync(string key, Exception failure, CancellationToken cancellationToken)
    {
        if (failure is ErrorResponseException { Response.StatusCode: HttpStatusCode.Forbidden or HttpStatusCode.NotFound } refused)
        {
            var status = (int)refused.Response.StatusCode;
            logger.LogWarning("Proactive message to {Key} refused by the channel with {Status}", key, status);
            await conversations.RecordFailureAsync(key, status, cancellationToken);
            return new ProactiveResult(ProactiveStatus.Refused, status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        logger.LogError(failure, "Proactive message to {Key} failed", key);
        return new ProactiveResult(ProactiveStatus.Failed, failure.GetType().Name);
    }
}
