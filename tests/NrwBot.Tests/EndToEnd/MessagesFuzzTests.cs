using System.Net;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NrwBot.Dialogs.Routing;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.EndToEnd;

/// <summary>
/// No 500 for any input: random and mutated activities (<see cref="FuzzedActivities"/>) over real HTTP to the real
/// host on 127.0.0.1 — missing fields, wrong JSON types, huge strings, odd Unicode, unknown activity types, forged
/// card values for every verb the route table knows. Never a 5xx, /healthz answers after each, and an activity the
/// bot refuses (4xx) writes no state. A counterexample it found is kept in <see cref="MessagesFuzzFindingsTests"/>.
/// </summary>
public sealed class MessagesFuzzTests(MessagesFuzzTests.FuzzHost host) : IClassFixture<MessagesFuzzTests.FuzzHost>
{
    /// <summary>The tables a turn writes.</summary>
    private static readonly string[] TurnTables = ["bot_state", "conversations", "processed_activities", "questions", "support_requests"];

    // A fixed seed keeps CI reproducible (the same 300 activities on every machine); to explore further, run with
    // another Replay seed or none — each new counterexample becomes a test in MessagesFuzzFindingsTests.
    [Property(MaxTest = 300, Arbitrary = [typeof(FuzzedActivities)], QuietOnSuccess = true, Replay = "(20261202,1203)")]
    public Task Any_activity_gets_no_5xx_leaves_the_host_healthy_and_a_refused_one_writes_no_state(FuzzedActivity fuzzed) => CheckAsync(host, fuzzed);

    internal static async Task CheckAsync(FuzzHost host, FuzzedActivity fuzzed)
    {
        var body = fuzzed.Render(host.Connector.ServiceUrl, host.Verbs);
        var before = await DatabaseTables.ReadAsync(host.Bot.Database, TurnTables);

        host.Errors.Clear();
        var response = await host.Bot.PostJsonAsync(body);

        var status = (int)response.StatusCode;
        Assert.True(status < 500, $"{status} for {Shorten(body)}");
        // Not even a turn that failed inside (the error handler's apology hides it behind a 200).
        Assert.True(host.Errors.IsEmpty, $"{string.Join("\n", host.Errors)}\nfor {Shorten(body)}");
        if (status >= 400)
        {
            var after = await DatabaseTables.ReadAsync(host.Bot.Database, TurnTables);
            foreach (var table in TurnTables) Assert.True(before[table].SequenceEqual(after[table]), $"{table} changed by a refused ({status}) activity: {Shorten(body)}");
        }
        var health = await host.Bot.Http.GetAsync("/healthz");
        Assert.True(health.StatusCode == HttpStatusCode.OK, $"/healthz {(int)health.StatusCode} after {Shorten(body)}");
    }

    private static string Shorten(string body) => body.Length <= 3000 ? body : body[..3000] + $"… ({body.Length} characters)";

    /// <summary>One running host for all cases (starting one per case would take minutes), LKS configured, replies to a loopback connector.</summary>
    public class FuzzHost : IAsyncLifetime
    {
        protected virtual string Provider => "sqlite";

        /// <summary>False for PostgreSQL without a server (NRWBOT_TEST_POSTGRES unset): the property then checks nothing.</summary>
        public bool Available { get; private set; }

        public FakeChannelConnector Connector { get; private set; } = null!;
        public RunningBot Bot { get; private set; } = null!;
        public IReadOnlyList<string> Verbs { get; private set; } = [];

        /// <summary>Errors the host logged (a failed turn, an unhandled exception), with their exception.</summary>
        public System.Collections.Concurrent.ConcurrentQueue<string> Errors { get; } = new();

        public async Task InitializeAsync()
        {
            if (Provider == "postgresql" && TestDatabase.PostgresServer is null) return;
            Available = true;
            Connector = await FakeChannelConnector.StartAsync();
            Bot = await RunningBot.StartAsync(database: TestDatabase.Create(Provider), configure: builder =>
            {
                builder.Configuration["Lks:Members:0"] = FuzzedActivity.LksMember;
                builder.Configuration["Lks:TeamId"] = FuzzedActivity.LksTeam;
                builder.Logging.AddProvider(new ErrorCollector(Errors));
            });
            // The router builds the route table: every verb a card of this bot may send.
            Bot.Services.GetRequiredService<TurnRouter>();
            Verbs = [.. Bot.Services.GetRequiredService<RouteTable>().Verbs.Order(StringComparer.Ordinal)];
            Assert.True(Verbs.Count > 20, $"only {Verbs.Count} verbs registered");
        }

        public async Task DisposeAsync()
        {
            if (!Available) return;
            await Bot.DisposeAsync();
            await Connector.DisposeAsync();
        }
    }

    internal sealed class ErrorCollector(System.Collections.Concurrent.ConcurrentQueue<string> errors) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Collector(categoryName, errors);

        public void Dispose() { }

        private sealed class Collector(string category, System.Collections.Concurrent.ConcurrentQueue<string> errors) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                // EF Core logs the duplicate key of an expected redelivery (the activity claim) as an error of its own.
                if (logLevel >= LogLevel.Error && !category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)) errors.Enqueue($"{category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}

/// <summary>The same property on PostgreSQL (which, unlike SQLite, refuses some text, e.g. NUL characters).</summary>
public sealed class MessagesFuzzPostgresTests(MessagesFuzzPostgresTests.PostgresFuzzHost host) : IClassFixture<MessagesFuzzPostgresTests.PostgresFuzzHost>
{
    [Property(MaxTest = 200, Arbitrary = [typeof(FuzzedActivities)], QuietOnSuccess = true, Replay = "(20261202,1203)")]
    public Task Any_activity_gets_no_5xx_leaves_the_host_healthy_and_a_refused_one_writes_no_state_on_PostgreSQL(FuzzedActivity fuzzed) =>
        host.Available ? MessagesFuzzTests.CheckAsync(host, fuzzed) : Task.CompletedTask;

    public sealed class PostgresFuzzHost : MessagesFuzzTests.FuzzHost
    {
        protected override string Provider => "postgresql";
    }
}
