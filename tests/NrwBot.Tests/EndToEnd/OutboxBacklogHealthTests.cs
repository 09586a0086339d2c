using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Conversation;
using NrwBot.Host.Outbox;
using NrwBot.Host.Telemetry;
using NrwBot.Tests.Hosting;
using NrwBot.Tests.Infrastructure;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace NrwBot.Tests.EndToEnd;

/// <summary>
/// The outbound backlog as an operator sees it: /healthz/ready turns Degraded (still 200) when a queued message has
/// waited longer than Outbox:BacklogAlert, and the queue's depth is a gauge in the metrics.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class OutboxBacklogHealthTests
{
    [Fact]
    public async Task An_empty_queue_is_healthy()
    {
        await using var bot = await RunningBot.StartAsync(builder => builder.Configuration["Outbox:Enabled"] = "false");

        var outbox = await OutboxCheckAsync(bot);

        Assert.Equal("Healthy", outbox.GetProperty("status").GetString());
        Assert.StartsWith("0 queued", outbox.GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_message_waiting_longer_than_the_alert_makes_the_bot_degraded_and_shows_in_the_queue_gauge()
    {
        var metrics = new List<MetricSnapshot>();
        await using var bot = await RunningBot.StartAsync(builder =>
        {
            builder.Configuration["Outbox:Enabled"] = "false";
            builder.Configuration["Outbox:BacklogAlert"] = "00:00:00.001";
            builder.Configuration["Telemetry:Enabled"] = "true";
        }, replaceServices: services => services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics)));
        await bot.Services.GetRequiredService<OutboxWriter>().EnqueueAsync(
            new OutboxMessage("test", "msteams|a:nobody", [Reply.Plain("Hallo")]), CancellationToken.None);
        await Task.Delay(20);

        var ready = await bot.Http.GetAsync("/healthz/ready");
        var outbox = await OutboxCheckAsync(bot);
        await bot.Services.GetRequiredService<DatabaseGauges>().RefreshAsync();
        bot.Services.GetRequiredService<MeterProvider>().ForceFlush();

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Degraded", outbox.GetProperty("status").GetString());
        Assert.StartsWith("1 queued", outbox.GetProperty("description").GetString());
        var queued = metrics.Last(metric => metric.Name == "nrwbot.outbox.queued");
        Assert.Equal(1, Assert.Single(queued.MetricPoints).GetGaugeLastValueLong());
    }

    private static async Task<JsonElement> OutboxCheckAsync(RunningBot bot)
    {
        using var body = JsonDocument.Parse(await bot.Http.GetStringAsync("/healthz/ready"));
        return body.RootElement.GetProperty("checks").GetProperty("outbox").Clone();
    }
}
