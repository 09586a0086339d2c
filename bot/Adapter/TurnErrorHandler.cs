using Microsoft.Bot.Builder;
using NrwBot.Dialogs.Routing;

namespace NrwBot.Host.Adapter;

/// <summary>
/// What happens when a turn throws: the exception is logged with the activity id, the user hears a German
/// apology (never the exception text), and the conversation state is cleared, because state that made one
/// turn fail would otherwise make every following turn fail too.
/// </summary>
public sealed class TurnErrorHandler(ConversationState conversationState, PrivateConversationState privateConversationState, ILogger<TurnErrorHandler> logger)
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        // No conversation id in the log: in a personal chat it identifies a person (the activity id is enough to find the turn).
        logger.LogError(exception, "Turn failed for activity {ActivityId} ({ActivityType})", turnContext.Activity?.Id, turnContext.Activity?.Type);
        NrwBot.Dialogs.Telemetry.NrwTelemetry.CountError("turn");
        try
        {
            await conversationState.DeleteAsync(turnContext);
            await privateConversationState.DeleteAsync(turnContext);
        }
        catch (Exception deleteError)
        {
            logger.LogError(deleteError, "Could not clear conversation state after a failed turn");
        }
        try
        {
            if (turnContext.Activity?.Type == Microsoft.Bot.Schema.ActivityTypes.Message)
                await turnContext.SendActivityAsync(RoutingTexts.Error);
            // An invoke still needs its answer, or the adapter reports 501 to the channel.
            else if (turnContext.Activity?.Type == Microsoft.Bot.Schema.ActivityTypes.Invoke)
                await turnContext.SendActivityAsync(new Microsoft.Bot.Schema.Activity
                {
                    Type = Microsoft.Bot.Schema.ActivityTypesEx.InvokeResponse,
                    Value = new InvokeResponse { Status = 200 },
                });
        }
        catch (Exception sendError)
        {
            logger.LogError(sendError, "Could not tell the user about the failed turn");
        }
    }
}
