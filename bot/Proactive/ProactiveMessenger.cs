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
        try
        {
            await ((BotAdapter)adapter).ContinueConversationAsync(credentials.Value.MicrosoftAppId ?? "", reference, async (turn, token) =>
            {
                foreach (var activity in ReplyRenderer.Render(replies, reference.ChannelId))
                    await turn.SendActivityAsync(activity, token);
            }, cancellationToken);
            return new ProactiveResult(ProactiveStatus.Sent);
        }
        catch (ErrorResponseException error) when (error.Response?.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            var status = (int)error.Response.StatusCode;
            logger.LogWarning("Proactive message to {Key} refused by the channel with {Status}", key, status);
            await conversations.RecordFailureAsync(key, status, cancellationToken);
            return new ProactiveResult(ProactiveStatus.Refused, status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (Exception error) when (error is ErrorResponseException or HttpRequestException or TaskCanceledException)
        {
            logger.LogError(error, "Proactive message to {Key} failed", key);
            return new ProactiveResult(ProactiveStatus.Failed, error.GetType().Name);
        }
    }
}
