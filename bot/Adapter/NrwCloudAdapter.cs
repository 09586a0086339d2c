using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace NrwBot.Host.Adapter;

/// <summary>
/// The stock CloudAdapter with NrwBot's error handler and typing indicator, and an entry point that takes
/// an activity the endpoint has already read and checked (so the body is parsed once).
/// </summary>
public sealed class NrwCloudAdapter : CloudAdapter
{
    public NrwCloudAdapter(BotFrameworkAuthentication authentication, TurnErrorHandler errorHandler, Telemetry.TurnTelemetry telemetry,
        ILogger<IBotFrameworkHttpAdapter> logger, ILogger<TypingPerTurnMiddleware> typingLogger)
        : base(authentication, logger)
    {
        OnTurnError = errorHandler.HandleAsync;
        // First, so the turn's span, metrics and log line cover all other middleware and the bot.
        Use(telemetry);
        // Typing shows after half a second of work and repeats every two seconds until the reply is sent,
        // per turn (not per conversation: a channel has many turns at once).
        Use(new TypingPerTurnMiddleware(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2), typingLogger));
    }

    public Task<InvokeResponse> ProcessCheckedActivityAsync(string authHeader, Activity activity, IBot bot, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authHeader, activity, bot.OnTurnAsync, cancellationToken);
}
