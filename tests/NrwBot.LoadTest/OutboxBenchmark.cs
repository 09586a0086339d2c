using System.Diagnostics;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;
using NrwBot.Dialogs.Conversation;
using NrwBot.Host.Data;
using NrwBot.Host.Hosting;
using NrwBot.Host.Outbox;

namespace NrwBot.LoadTest;

/// <summary>
/// `--outbox N --limit R`: N conversations each get one message through the real outbox (worker, leases, rate
/// limiter, ProactiveMessenger) against <see cref="ThrottlingConnector"/> allowing R messages per second. Reports sent/s
/// against the limit, 429s and 503s met, and checks: zero lost, zero duplicated. Bounded: gives up after 110 s.
/// </summary>
public static class OutboxBenchmark
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(110);

    public static async Task<int> RunAsync(int conversations, int limit, string? postgres, TextWriter output)
    {
        await using var connector = await ThrottlingConnector.StartAsync(limit);
        var folder = Directory.CreateTempSubdirectory("nrwbot-outbox-");
        var app = NrwBotApp.Build([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            if (postgres is null) builder.Configuration["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder.FullName, "outbox.db")};Default Timeout=30";
            else builder.Configuration["ConnectionStrings:Postgres"] = postgres;
            builder.Configuration["MicrosoftAppId"] = "";
            builder.Configuration["Outbox:Enabled"] = "false";
            builder.Configuration["Outbox:MessagesPerSecond"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
            builder.Configuration["Outbox:BatchSize"] = "200";
            builder.Configuration["Outbox:Parallelism"] = "16";
            builder.Configuration["Outbox:RetryDelay"] = "00:00:00.500";
            builder.Configuration["Outbox:PollInterval"] = "00:00:00.200";
        }, new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory });
        await app.StartAsync();
        try
        {
            await SeedAsync(app.Services, connector.ServiceUrl, conversations);
            return await MeasureAsync(app.Services, connector, conversations, limit, output);
        }
        finally
        {
            await app.DisposeAsync();
            try { folder.Delete(recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<int> MeasureAsync(IServiceProvider services, ThrottlingConnector connector, int conversations, int limit, TextWriter output)
    {
        var dispatcher = services.GetRequiredService<OutboxDispatcher>();
        using var stop = new CancellationTokenSource(Bound);
        var clock = Stopwatch.StartNew();
        // The worker's own loop, driven here so the clock starts with the first pass (Outbox:Enabled=false keeps the hosted one idle).
        var workers = Enumerable.Range(0, 1).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested && await PendingAsync(services) > 0)
                if (await dispatcher.RunOnceAsync(stop.Token) == 0) await Task.Delay(100, stop.Token);
        }, stop.Token)).ToArray();
        try { await Task.WhenAll(workers); } catch (OperationCanceledException) { }
        var elapsed = clock.Elapsed;
        var received = connector.Received;
        var lost = Enumerable.Range(0, conversations).Count(index => !received.ContainsKey(ConversationId(index)));
        var duplicated = received.Values.Count(count => count > 1);
        var sent = received.Count;
        output.WriteLine($"outbox: {conversations} conversations, limit {limit}/s, database {(services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContext().Database.IsNpgsql() ? "postgresql" : "sqlite")}");
        output.WriteLine($"  delivered {sent} in {elapsed.TotalSeconds:0.0} s = {sent / elapsed.TotalSeconds:0.0} sent/s ({100 * sent / elapsed.TotalSeconds / limit:0} % of the limit)");
        output.WriteLine($"  met {connector.Throttled} × 429 and {connector.Failed} × 503 on the way; lost {lost}, duplicated {duplicated}, still queued {await PendingAsync(services)}");
        return lost == 0 && duplicated == 0 ? 0 : 1;
    }

    private static string ConversationId(int index) => "a:bench-" + index;

    private static async Task<int> PendingAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync();
        return await db.Set<OutboxRecord>().CountAsync(row => row.State == OutboxRecord.Pending);
    }

    private static async Task SeedAsync(IServiceProvider services, string serviceUrl, int conversations)
    {
        await using (var db = await services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync())
        {
            for (var index = 0; index < conversations; index++)
            {
                var reference = new ConversationReference
                {
                    ChannelId = "msteams", ServiceUrl = serviceUrl, Bot = new ChannelAccount("28:nrwbot"),
                    Conversation = new ConversationAccount(conversationType: "personal", id: ConversationId(index)),
                };
                db.Conversations.Add(new ConversationRecord
                {
                    Key = "user:bench-" + index, ChannelId = "msteams", ConversationId = ConversationId(index),
                    Reference = JsonConvert.SerializeObject(reference), UpdatedAt = DateTimeOffset.UtcNow,
                });
            }
            await db.SaveChangesAsync();
        }
        await services.GetRequiredService<OutboxWriter>().EnqueueManyAsync(Enumerable.Range(0, conversations)
            .Select(index => new OutboxMessage(OutboxKinds.Message, "user:bench-" + index, [Reply.Plain("Frage an das Netzwerk " + index)]) { BatchId = "bench" })
            .ToList(), CancellationToken.None);
    }
}
