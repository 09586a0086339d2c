using System.Globalization;
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
/// Sends replies into stored conversations with ContinueConversationAsync, and posts or replaces cards whose
/// message id the caller keeps (the LKS channel's request cards). A channel that refuses (403/404: the bot was
/// removed, the user left) is recorded on the conversation instead of throwing; a 429 comes back as Throttled with
/// its Retry-After, anything else as Failed with the status. The one place that talks to the connector: the outbox
/// worker delivers through it, and decides about retries.
/// </summary>
public sealed class ProactiveMessenger(
    IBotFrameworkHttpAdapter adapter,
    ConversationStore conversations,
    ChannelReferences references,
    IOptions<BotCredentialsOptions> credentials,
    ILogger<ProactiveMessenger> logger) : IProactiveSender
{
    public Task<ProactiveResult> SendToUserAsync(string userKey, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
        SendAsync(userKey, replies, cancellationToken);

    public Task<ProactiveResult> SendToConversationAsync(string conversationKey, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
        SendAsync(conversationKey, replies, cancellationToken);

    /// <summary>
    /// Posts <paramref name="card"/> as a new message (no replyToId, or Teams would file it under another thread),
    /// or replaces the message <paramref name="replaceActivityId"/>; returns the id of the message that shows it.
    /// </summary>
    public async Task<ProactivePost> PostCardAsync(string conversationKey, ConversationReference reference, Reply card, string? replaceActivityId,
        CancellationToken cancellationToken)
    {
        string? activityId = null;
        var result = await ContinueAsync(conversationKey, reference, async (turn, token) =>
        {
            var connector = turn.TurnState.Get<IConnectorClient>() ?? throw new InvalidOperationException("No connector client in a proactive turn.");
            var activity = (Activity)ReplyRenderer.Render([card], reference.ChannelId)[0];
            activity.ApplyConversationReference(reference);
            activity.ReplyToId = null;
            if (replaceActivityId is null)
            {
                activityId = (await connector.Conversations.SendToConversationAsync(activity, token))?.Id;
                return;
            }
            activity.Id = replaceActivityId;
            await connector.Conversations.UpdateActivityAsync(activity, token);
            activityId = replaceActivityId;
        }, cancellationToken);
        return new ProactivePost(result, result.Sent ? activityId : null);
    }

    private async Task<ProactiveResult> SendAsync(string key, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        var reference = await references.FindAsync(key, cancellationToken);
        if (reference is null) return new ProactiveResult(ProactiveStatus.UnknownTarget, key);
        return await ContinueAsync(key, reference, async (turn, token) =>
        {
            foreach (var activity in ReplyRenderer.Render(replies, reference.ChannelId))
                await turn.SendActivityAsync(activity, token);
        }, cancellationToken);
    }

    private async Task<ProactiveResult> ContinueAsync(string key, ConversationReference reference, Func<ITurnContext, CancellationToken, Task> send,
        CancellationToken cancellationToken)
    {
        Exception? failure = null;
        await ((BotAdapter)adapter).ContinueConversationAsync(credentials.Value.MicrosoftAppId ?? "", reference, async (turn, token) =>
        {
            // Caught here: the adapter would hand an exception to the turn error handler, which apologises
            // to the user, and the caller would never learn that the message did not arrive.
            try
            {
                await send(turn, token);
            }
            catch (Exception error) when (error is ErrorResponseException or HttpRequestException or TaskCanceledException or InvalidOperationException)
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
            return new ProactiveResult(ProactiveStatus.Refused, status.ToString(CultureInfo.InvariantCulture));
        }
        if (failure is ErrorResponseException { Response.StatusCode: HttpStatusCode.TooManyRequests } throttled)
            return new ProactiveResult(ProactiveStatus.Throttled, "429") { RetryAfter = RetryAfter(throttled.Response) };
        if (failure is ErrorResponseException { Response: { } response })
        {
            // 5xx and the rest: transient for all we know; the outbox tries again later.
            logger.LogWarning("Proactive message to {Key} failed with {Status}", key, (int)response.StatusCode);
            return new ProactiveResult(ProactiveStatus.Failed, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
        }
        logger.LogError(failure, "Proactive message to {Key} failed", key);
        return new ProactiveResult(ProactiveStatus.Failed, failure.GetType().Name);
    }

    /// <summary>Retry-After in seconds or as an HTTP date; null when absent or unreadable.</summary>
    private static TimeSpan? RetryAfter(Microsoft.Rest.HttpResponseMessageWrapper response)
    {
        if (!response.Headers.TryGetValue("Retry-After", out var values) || values.FirstOrDefault() is not { } value) return null;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0) return TimeSpan.FromSeconds(seconds);
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? (date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero)
            : null;
    }
}
