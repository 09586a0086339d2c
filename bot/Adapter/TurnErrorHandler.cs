using Microsoft.Bot.Builder;
using NrwBot.Dialogs.Routing;

namespace NrwBot.Host.Adapter;

/// <summary>
/// What happens when a turn throws: the exception is logged with the activity id, and the user hears a German
/// apology (never the exception text). The failed turn's changes are not saved (state is saved once at the end
/// of a turn), so the stored state is the one before it: the user's draft stays, and „Senden“ can be tried again.
/// Only state that cannot be read is cleared, because it would make every following turn fail too.
/// </summary>
public sealed class TurnErrorHandler(ConversationState conversationState, PrivateConversationState privateConversationState, ILogger<TurnErrorHandler> logger)
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        // No conversation id in the log: in a personal chat it identifies a person (the activity id is enough to find the turn).
        logger.LogError(exception, "Turn failed for activity {ActivityId} ({ActivityType})", turnContext.Activity?.Id, turnContext.Activity?.Type);
        NrwBot.Dialogs.Telemetry.NrwTelemetry.CountError("turn");
        await ClearIfUnreadableAsync(turnContext, conversationState);
        await ClearIfUnreadableAsync(turnContext, privateConversationState);
        try
        {
            if (turnContext.Activity?.Type == Microsoft.Bot.Schema.ActivityTypes.Message)
                await turnContext.SendActivityAsync(RoutingTexts.Error.German);
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

    private async Task ClearIfUnreadableAsync(ITurnContext turnContext, BotState state)
    {
        try
        {
            await state.LoadAsync(turnContext, force: true);
            return;
        }
        catch (Exception readError)
        {
            logger.LogWarning(readError, "Stored {State} cannot be read; clearing it", state.GetType().Name);
        }
        try
        {
            await state.DeleteAsync(turnContext);
        }
        catch (Exception deleteError)
        {
            logger.LogError(deleteError, "Could not clear conversation state after a failed turn");
        }
    }
}
