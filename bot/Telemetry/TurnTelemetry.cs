using System.Diagnostics;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Routing;
using NrwBot.Dialogs.Telemetry;
using NrwBot.Host.Bot;

namespace NrwBot.Host.Telemetry;

/// <summary>
/// Adapter middleware around every turn: one span ("nrwbot.turn"), the turn counter and latency histogram, and
/// the turn's single Information log line, all with the same facts — activity type, channel, route and handler,
/// outcome (answered, silent, error), duration — and on the span the pseudonymous user key, nothing else about
/// the person. Replaces the SDK's and HttpClient's per-request lines, which run at Warning by default.
/// </summary>
public sealed class TurnTelemetry(IOptions<KnowledgeOptions> knowledge, ILogger<TurnTelemetry> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var span = NrwTelemetry.Source.StartActivity("nrwbot.turn");
        var outcome = "error";
        try
        {
            await next(cancellationToken);
            outcome = turnContext.Responded ? "answered" : "silent";
        }
        finally
        {
            Record(turnContext, span, outcome, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private void Record(ITurnContext turnContext, Activity? span, string outcome, double milliseconds)
    {
        var activityType = turnContext.Activity?.Type ?? "unknown";
        var channel = turnContext.Activity?.ChannelId ?? "unknown";
        var route = turnContext.TurnState.Get<RouteTaken>() ?? RouteTaken.None;
        var tags = new TagList
        {
            { NrwTelemetry.Tags.ActivityType, activityType },
            { NrwTelemetry.Tags.Channel, channel },
            { NrwTelemetry.Tags.Route, route.Kind },
            { NrwTelemetry.Tags.Handler, route.Handler },
            { NrwTelemetry.Tags.Outcome, outcome },
        };
        NrwTelemetry.Turns.Add(1, tags);
        NrwTelemetry.TurnDuration.Record(milliseconds, tags);
        if (span is { IsAllDataRequested: true })
        {
            foreach (var tag in tags) span.SetTag(tag.Key, tag.Value);
            if (turnContext.Activity is { } activity)
                span.SetTag(NrwTelemetry.Tags.UserKey, PseudonymousUserKey.For(TurnInputFactory.UserOf(activity), knowledge.Value.UserKeySalt));
            if (outcome == "error") span.SetStatus(ActivityStatusCode.Error);
        }
        if (logger.IsEnabled(LogLevel.Information))
            logger.LogInformation("Turn {ActivityType} on {Channel}: {Route} {Handler}, {Outcome} in {DurationMs:0.0} ms",
                activityType, channel, route.Kind, route.Handler, outcome, milliseconds);
    }
}
