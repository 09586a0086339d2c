using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Telemetry;
using NrwBot.Tests.Infrastructure;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace NrwBot.Tests.Hosting;

/// <summary>
/// Traces and metrics of real turns through the host, collected with OpenTelemetry's in-memory exporter: the turn
/// span with route and outcome, spans for storage, search and the connector call, the turn and knowledge metrics,
/// /metrics in Prometheus format, and none of the user's words, name or ids anywhere in them.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests
{
    private const string Question = "Wann ist der Verwendungsnachweis fällig?";

    [Fact]
    public async Task A_turn_produces_its_trace_and_metrics_without_personal_data()
    {
        var spans = new List<Activity>();
        var metrics = new List<MetricSnapshot>();
        await using var connector = await FakeChannelConnector.StartAsync();
        await using var bot = await RunningBot.StartAsync(builder =>
        {
            builder.Configuration["Telemetry:Enabled"] = "true";
            builder.Configuration["Telemetry:Prometheus"] = "true";
        }, replaceServices: services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
            services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
        });

        Assert.True((await bot.PostJsonAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, "Hilfe", "t-1"))).IsSuccessStatusCode);
        Assert.True((await bot.PostJsonAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, Question, "t-2"))).IsSuccessStatusCode);
        var prometheus = await bot.Http.GetStringAsync("/metrics");
        bot.Services.GetRequiredService<TracerProvider>().ForceFlush();
        bot.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var turns = Snapshot(spans).Where(span => span.OperationName == "nrwbot.turn").ToList();
        Assert.Equal(2, turns.Count);
        Assert.Contains(turns, span => Tag(span, NrwTelemetry.Tags.Route) == "command" && Tag(span, NrwTelemetry.Tags.Handler) == "CoreCommands.Help");
        Assert.Contains(turns, span => Tag(span, NrwTelemetry.Tags.Route) == "free_text" && Tag(span, NrwTelemetry.Tags.Handler) == "KnowledgeFeature.Ask");
        Assert.All(turns, span =>
        {
            Assert.Equal("answered", Tag(span, NrwTelemetry.Tags.Outcome));
            Assert.Equal("message", Tag(span, NrwTelemetry.Tags.ActivityType));
            Assert.Matches("^[0-9a-f]{16}$", Tag(span, NrwTelemetry.Tags.UserKey));
        });
        var all = Snapshot(spans);
        Assert.Contains(all, span => span.OperationName == "knowledge.search" && Tag(span, NrwTelemetry.Tags.Decision) == "answer");
        Assert.Contains(all, span => span.OperationName == "storage.read");
        Assert.Contains(all, span => span.OperationName == "storage.write");
        var connectorCalls = all.Where(span => span.Kind == ActivityKind.Client && Tag(span, "url.full")?.Contains("/v3/conversations/") == true).ToList();
        Assert.NotEmpty(connectorCalls);
        Assert.All(connectorCalls, span => Assert.Contains("/v3/conversations/{id}/activities/{id}", Tag(span, "url.full")));

        // The meter is process-wide: turns of tests running in parallel may be counted too, so at least these two.
        Assert.True(Sum(metrics, "nrwbot.turns") >= 2);
        Assert.Contains(Points(metrics, "nrwbot.turns"), point => point.Tags.Contains(new(NrwTelemetry.Tags.Handler, "CoreCommands.Help")));
        Assert.Contains(metrics, metric => metric.Name == "nrwbot.turn.duration");
        Assert.True(Sum(metrics, "nrwbot.knowledge.decisions") >= 1);
        Assert.True(Sum(metrics, "nrwbot.outbound.calls") >= 2);
        Assert.Contains("nrwbot_turns_total", prometheus);
        Assert.Contains("nrwbot_turn_duration_milliseconds_bucket", prometheus);

        var everything = string.Join("\n", all.SelectMany(span => span.TagObjects.Select(tag => $"{span.DisplayName} {tag.Key}={tag.Value}"))
            .Concat(metrics.SelectMany(metric => metric.MetricPoints.SelectMany(point => TagsOf(point).Select(tag => $"{metric.Name} {tag.Key}={tag.Value}"))))
            .Append(prometheus));
        foreach (var personal in new[] { "Verwendungsnachweis fällig", "Erika", "29:1erika", "00000000-0000-0000-0000-0000000000e1", "1PersonalChat", "t-1", "t-2" })
            Assert.DoesNotContain(personal, everything);
    }

    /// <summary>A copy of what was exported so far. The exporter appends without a lock (a background send may still
    /// end a span), so a copy that raced with an append is simply taken again.</summary>
    private static List<Activity> Snapshot(List<Activity> spans)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return [.. spans.ToArray()];
            }
            catch (ArgumentException) when (attempt < 10)
            {
                Thread.Sleep(10);
            }
        }
    }

    private static string? Tag(Activity span, string key) => span.GetTagItem(key)?.ToString();

    private static List<(List<KeyValuePair<string, object?>> Tags, long Sum)> Points(List<MetricSnapshot> metrics, string name)
    {
        var latest = metrics.Last(metric => metric.Name == name);
        return latest.MetricPoints.Select(point => (Tags: TagsOf(point), Sum: point.GetSumLong())).ToList();
    }

    private static long Sum(List<MetricSnapshot> metrics, string name) => Points(metrics, name).Sum(point => point.Sum);

    private static List<KeyValuePair<string, object?>> TagsOf(MetricPoint point)
    {
        var tags = new List<KeyValuePair<string, object?>>();
        foreach (var tag in point.Tags) tags.Add(tag);
        return tags;
    }
}
