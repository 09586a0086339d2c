using Microsoft.AspNetCore.Builder;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using NrwBot.Dialogs.Conversation;
using NrwBot.Host.Data;
using NrwBot.Host.Outbox;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Outbox;

/// <summary>Conversations stored as if each had written to the bot, and messages queued to them.</summary>
public static class OutboxFixture
{
    /// <summary>Fast pacing and short waits, so a test sees retries and lease take-overs within seconds.</summary>
    public static void Quick(WebApplicationBuilder builder)
    {
        builder.Configuration["Outbox:MessagesPerSecond"] = "2000";
        builder.Configuration["Outbox:PerConversationPerSecond"] = "100";
        builder.Configuration["Outbox:PollInterval"] = "00:00:00.100";
        builder.Configuration["Outbox:RetryDelay"] = "00:00:00.200";
        builder.Configuration["Outbox:Lease"] = "00:00:10";
        builder.Configuration["Outbox:RenderGrace"] = "00:00:00.300";
    }

    public static string ConversationId(int index) => "a:outbox-" + index;

    public static string Key(int index) => "user:outbox-" + index;

    public static async Task StoreConversationsAsync(IServiceProvider services, string serviceUrl, int count)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        for (var index = 0; index < count; index++)
        {
            var reference = new ConversationReference
            {
                ChannelId = "msteams",
                ServiceUrl = serviceUrl,
                Bot = new ChannelAccount("28:nrwbot-app-id", "NrwBot"),
                User = new ChannelAccount("29:outbox-" + index),
                Conversation = new ConversationAccount(conversationType: "personal", id: ConversationId(index)),
            };
            db.Conversations.Add(new ConversationRecord
            {
                Key = Key(index), ChannelId = "msteams", ConversationId = ConversationId(index), Reference = JsonConvert.SerializeObject(reference),
                UpdatedAt = DateTimeOffset.UtcNow,
            });
        }
        await db.SaveChangesAsync();
    }

    public static Task<int> QueueAsync(IServiceProvider services, int count, string batchId) =>
        services.GetRequiredService<OutboxWriter>().EnqueueManyAsync(
            Enumerable.Range(0, count).Select(index => new OutboxMessage(OutboxKinds.Message, Key(index), [Reply.Plain($"Nachricht {index}")]) { BatchId = batchId }).ToList(),
            CancellationToken.None);

    public static async Task<List<OutboxRecord>> RowsAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync();
        return await db.Set<OutboxRecord>().AsNoTracking().OrderBy(row => row.Id).ToListAsync();
    }

    /// <summary>Each stored conversation received exactly its own message, once.</summary>
    public static void AssertEachOnce(FakeChannelConnector teams, int count)
    {
        var received = teams.Calls.Where(call => call.Activity.Type == ActivityTypes.Message)
            .GroupBy(call => call.ConversationId).ToDictionary(group => group.Key, group => group.Select(call => ActivityAssert.VisibleText(call.Activity)).ToList());
        for (var index = 0; index < count; index++)
        {
            Assert.True(received.TryGetValue(ConversationId(index), out var texts), $"conversation {index} got nothing");
            Assert.Equal($"Nachricht {index}", Assert.Single(texts!));
        }
        Assert.Equal(count, received.Count);
    }
}
