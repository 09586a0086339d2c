using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace NrwBot.Host.Adapter;

/// <summary>
/// Shows "typing…" while a message turn works: after <c>delay</c> and then every <c>period</c>, until the turn sends
/// its first message or ends. Replaces the SDK's ShowTypingMiddleware, which keeps one typing task per conversation
/// id: in a Teams channel (one conversation, many people) overlapping turns cancelled and disposed each other's
/// token source, so turns failed with no reply or the apology. Here every turn owns its typing loop.
/// </summary>
public sealed class TypingPerTurnMiddleware(TimeSpan delay, TimeSpan period, ILogger<TypingPerTurnMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity?.Type != ActivityTypes.Message)
        {
            await next(cancellationToken);
            return;
        }
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ended = false;
        // Once the answer is on its way, a later typing indicator would only make the user wait for nothing. The
        // handler outlives this method: the error handler's apology for a failed turn is sent after it, when the
        // source is disposed (it threw ObjectDisposedException, and the apology was lost; found by MessagesFuzzTests).
        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            if (!Volatile.Read(ref ended) && activities.Any(activity => activity.Type == ActivityTypes.Message)) await stop.CancelAsync();
            return await nextSend();
        });
        var typing = ShowTypingAsync(turnContext, stop.Token);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await stop.CancelAsync();
            // The turn's connector client is disposed when the turn ends, so the loop must be finished first.
            await typing;
            Volatile.Write(ref ended, true);
        }
    }

    private async Task ShowTypingAsync(ITurnContext turnContext, CancellationToken stop)
    {
        await Task.Delay(delay, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        while (!stop.IsCancellationRequested)
        {
            await SendTypingAsync(turnContext);
            await Task.Delay(period, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task SendTypingAsync(ITurnContext turnContext)
    {
        var typing = new Activity { Type = ActivityTypes.Typing, RelatesTo = turnContext.Activity.RelatesTo };
        typing.ApplyConversationReference(turnContext.Activity.GetConversationReference());
        try
        {
            // Straight to the adapter: a typing indicator is not an answer, so the turn's send handlers are skipped.
            await turnContext.Adapter.SendActivitiesAsync(turnContext, [typing], CancellationToken.None);
        }
        catch (Exception exception) when (exception is HttpRequestException or Microsoft.Rest.HttpOperationException or OperationCanceledException)
        {
            // A lost typing indicator costs nothing; the turn goes on.
            logger.LogDebug(exception, "Typing indicator not delivered for activity {ActivityId}", turnContext.Activity.Id);
        }
    }
}
