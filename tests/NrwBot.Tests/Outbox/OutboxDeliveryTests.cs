using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Host.Data;
using NrwBot.Host.Outbox;
using NrwBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NrwBot.Tests.Outbox;

/// <summary>
/// The outbox against a fake Teams on 127.0.0.1: 429 with Retry-After, 5xx, 403/404, a dead instance's leases, and two
/// instances on one database (SQLite file and PostgreSQL) — every message arrives exactly once or is given up and recorded.
/// </summary>
public sealed class OutboxDeliveryTests(ITestOutputHelper output)
{
    public static TheoryData<string> Providers => new() { "sqlite", "postgresql" };

    [Fact]
    public async Task A_429_is_retried_after_its_Retry_After_and_the_message_arrives_once()
    {
        await using var teams = await FakeChannelConnector.StartAsync();
        var throttled = 0;
        teams.Answer = _ => Interlocked.Increment(ref throttled) <= 1 ? (HttpStatusCode.TooManyRequests, 1) : null;
        await using var bot = await RunningBot.StartAsync(OutboxFixture.Quick);
        await OutboxFixture.StoreConversationsAsync(bot.Services, teams.ServiceUrl, 1);

        await OutboxFixture.QueueAsync(bot.Services, 1, "b429");
        await bot.DrainOutboxAsync();

        OutboxFixture.AssertEachOnce(teams, 1);
        var refusal = Assert.Single(teams.Refusals);
        Assert.Equal(429, refusal.Status);
        var arrived = Assert.Single(teams.Arrivals).At;
        Assert.True(arrived - refusal.At >= TimeSpan.FromSeconds(0.9), $"sent again after {(arrived - refusal.At).TotalMilliseconds} ms, Retry-After was 1 s");
        var row = Assert.Single(await OutboxFixture.RowsAsync(bot.Services));
        Assert.Equal((OutboxRecord.Sent, 429), (row.State, row.LastStatus));
        Assert.Equal(1, bot.Services.GetRequiredService<OutboxStatus>().Throttled);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task A_5xx_is_retried_with_back_off_until_the_message_arrives(HttpStatusCode failure)
    {
        await using var teams = await FakeChannelConnector.StartAsync();
        var failures = 0;
        teams.Answer = _ => Interlocked.Increment(ref failures) <= 2 ? (failure, null) : null;
        await using var bot = await RunningBot.StartAsync(OutboxFixture.Quick);
        await OutboxFixture.StoreConversationsAsync(bot.Services, teams.ServiceUrl, 1);

        await OutboxFixture.QueueAsync(bot.Services, 1, "b5xx");
        await bot.DrainOutboxAsync();

        OutboxFixture.AssertEachOnce(teams, 1);
        Assert.Equal(2, teams.Refusals.Count);
        var row = Assert.Single(await OutboxFixture.RowsAsync(bot.Services));
        Assert.Equal(OutboxRecord.Sent, row.State);
        Assert.Equal(3, row.Attempts);
        Assert.Equal((int)failure, row.LastStatus);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task A_403_or_404_is_given_up_at_once_and_recorded_on_the_row_and_the_conversation(HttpStatusCode refusal)
    {
        await using var teams = await FakeChannelConnector.StartAsync();
        teams.Answer = conversation => conversation == OutboxFixture.ConversationId(1) ? (refusal, null) : null;
        await using var bot = await RunningBot.StartAsync(OutboxFixture.Quick);
        await OutboxFixture.StoreConversationsAsync(bot.Services, teams.ServiceUrl, 3);

        await OutboxFixture.QueueAsync(bot.Services, 3, "b403");
        await bot.DrainOutboxAsync();

        Assert.Single(teams.Refusals);
        var rows = await OutboxFixture.RowsAsync(bot.Services);
        var gone = Assert.Single(rows, row => row.State == OutboxRecord.GivenUp);
        Assert.Equal((OutboxFixture.Key(1), (int)refusal), (gone.TargetKey, gone.LastStatus));
        Assert.Equal(2, rows.Count(row => row.State == OutboxRecord.Sent));
        await using var db = await bot.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync();
        Assert.Equal((int)refusal, (await db.Conversations.SingleAsync(row => row.Key == OutboxFixture.Key(1))).LastFailureStatus);
        var progress = await bot.Services.GetRequiredService<OutboxStatus>().ProgressAsync("b403", CancellationToken.None);
        Assert.Equal("an 2 von 3 gesendet, 1 nicht erreichbar", progress.Line);
    }

    [Fact]
    public async Task Rows_leased_by_an_instance_that_died_are_delivered_once_after_a_restart()
    {
        await using var teams = await FakeChannelConnector.StartAsync();
        using var database = TestDatabase.Sqlite();
        const int count = 40;
        await using (var dead = await RunningBot.StartAsync(builder =>
        {
            OutboxFixture.Quick(builder);
            builder.Configuration["Outbox:Enabled"] = "false";
        }, database.KeepAlive()))
        {
            await OutboxFixture.StoreConversationsAsync(dead.Services, teams.ServiceUrl, count);
            await OutboxFixture.QueueAsync(dead.Services, count, "crash");
            // The instance took a lease on half the rows and died before sending any of them.
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            await dead.Services.GetRequiredService<OutboxClaims>().LeaseAsync(now, count / 2, TimeSpan.FromSeconds(2), "dead-instance", CancellationToken.None);
        }
        Assert.Empty(teams.Calls);

        await using var restarted = await RunningBot.StartAsync(OutboxFixture.Quick, database.KeepAlive());
        await restarted.DrainOutboxAsync();

        OutboxFixture.AssertEachOnce(teams, count);
        Assert.All(await OutboxFixture.RowsAsync(restarted.Services), row => Assert.Equal(OutboxRecord.Sent, row.State));
    }

    [SkippableTheory, MemberData(nameof(Providers))]
    public async Task Two_instances_on_one_database_send_each_message_exactly_once(string provider)
    {
        Skip.If(provider == "postgresql" && TestDatabase.PostgresServer is null, $"{TestDatabase.PostgresVariable} is not set");
        using var database = TestDatabase.Create(provider);
        await using var teams = await FakeChannelConnector.StartAsync();
        var calls = 0;
        // Some refusals on the way, so rows go back to the queue and are leased again, by either instance.
        teams.Answer = _ => Interlocked.Increment(ref calls) % 17 == 0 ? (HttpStatusCode.ServiceUnavailable, null)
            : calls % 29 == 0 ? (HttpStatusCode.TooManyRequests, 0) : null;
        const int count = 300;
        await using var a = await RunningBot.StartAsync(OutboxFixture.Quick, database.KeepAlive());
        await using var b = await RunningBot.StartAsync(OutboxFixture.Quick, database.KeepAlive());
        await OutboxFixture.StoreConversationsAsync(a.Services, teams.ServiceUrl, count);

        Assert.Equal(count, await OutboxFixture.QueueAsync(a.Services, count, "both"));
        await a.DrainOutboxAsync(TimeSpan.FromSeconds(60));

        OutboxFixture.AssertEachOnce(teams, count);
        var (sentA, sentB) = (a.Services.GetRequiredService<OutboxStatus>().Sent, b.Services.GetRequiredService<OutboxStatus>().Sent);
        output.WriteLine($"{provider}: instance A sent {sentA}, instance B sent {sentB}, refusals {teams.Refusals.Count}");
        Assert.Equal(count, sentA + sentB);
    }

    [Fact]
    public async Task The_same_dedup_key_is_queued_once_and_healthz_shows_the_queue()
    {
        await using var teams = await FakeChannelConnector.StartAsync();
        await using var bot = await RunningBot.StartAsync(builder => builder.Configuration["Outbox:Enabled"] = "false");
        await OutboxFixture.StoreConversationsAsync(bot.Services, teams.ServiceUrl, 1);
        var writer = bot.Services.GetRequiredService<OutboxWriter>();
        var message = new OutboxMessage(OutboxKinds.Message, OutboxFixture.Key(0), [NrwBot.Dialogs.Conversation.Reply.Plain("Nachricht 0")]) { DedupKey = "digest:2026-W48" };

        var added = await writer.EnqueueManyAsync([message, message], CancellationToken.None) + await writer.EnqueueManyAsync([message], CancellationToken.None);

        Assert.Equal(1, added);
        var health = Newtonsoft.Json.Linq.JObject.Parse(await bot.Http.GetStringAsync("/healthz"));
        Assert.Equal(1, (int)health["outbox"]!["queued"]!);
    }
}
