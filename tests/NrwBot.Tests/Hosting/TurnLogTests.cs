using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using NrwBot.Host.Hosting;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Hosting;

/// <summary>
/// The production log configuration (bot/appsettings.json): one Information line per turn with route, outcome and
/// duration; the SDK's and HttpClient's per-request lines stay below Information; no personal data; JSON outside Development.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TurnLogTests
{
    [Fact]
    public async Task Each_turn_writes_one_information_line_with_route_outcome_and_duration_and_no_personal_data()
    {
        var log = new CapturingLoggerProvider();
        await using var connector = await FakeChannelConnector.StartAsync();
        await using var bot = await RunningBot.StartAsync(builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Information);
            builder.Logging.AddProvider(log);
        });
        log.Entries.Clear();

        await bot.PostJsonAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, "Hilfe", "t-1"));
        await bot.PostJsonAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, "Wann ist der Verwendungsnachweis fällig?", "t-2"));

        // Per turn: one line of the turn's own, and none of the SDK's or HttpClient's per-request lines. Background
        // workers (outbox, digest, reminders) may log a start-up line at any moment; those are not per turn.
        var informational = log.Entries.Where(entry => entry.Level >= LogLevel.Information).ToList();
        Assert.DoesNotContain(informational, line => line.Category.StartsWith("Microsoft.Bot", StringComparison.Ordinal)
            || line.Category.StartsWith("System.Net.Http", StringComparison.Ordinal));
        var lines = informational.Where(line => line.Category.EndsWith("TurnTelemetry", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, line =>
        {
            Assert.Contains(line.State, pair => pair.Key == "Route");
            Assert.Contains(line.State, pair => pair.Key == "Outcome" && Equals(pair.Value, "answered"));
            Assert.Contains(line.State, pair => pair.Key == "DurationMs" && pair.Value is double);
        });
        Assert.Contains(lines, line => line.Message.Contains("KnowledgeFeature.Ask", StringComparison.Ordinal));

        var everything = string.Join("\n", log.Entries.Select(entry => entry.Message + " " + string.Join(" ", entry.State.Select(pair => pair.Value))));
        foreach (var personal in new[] { "Verwendungsnachweis fällig", "Erika", "29:1erika", "00000000-0000-0000-0000-0000000000e1", "1PersonalChat" })
            Assert.DoesNotContain(personal, everything);
    }

    [Theory]
    [InlineData("Production", "json")]
    [InlineData("Development", "simple")]
    public async Task The_console_writes_json_outside_development(string environment, string formatter)
    {
        await using var app = NrwBotApp.Build([], options: new WebApplicationOptions { EnvironmentName = environment, ContentRootPath = AppContext.BaseDirectory });
        Assert.Equal(formatter, app.Services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName ?? "simple");
    }

    private sealed record Entry(string Category, LogLevel Level, string Message, IReadOnlyList<KeyValuePair<string, object?>> State);

    /// <summary>Records every entry the filters let through, with its structured values. </summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<Entry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                provider.Entries.Enqueue(new Entry(category, logLevel, formatter(state, exception),
                    state as IReadOnlyList<KeyValuePair<string, object?>> ?? []));
        }
    }
}
