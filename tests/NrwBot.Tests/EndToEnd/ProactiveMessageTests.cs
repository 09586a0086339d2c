using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Conversation;
using NrwBot.Host.Data;
using NrwBot.Host.Proactive;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.EndToEnd;

public sealed class ProactiveMessageTests
{
    private const string UserKey = "user:00000000-0000-0000-0000-0000000000e1";

    [Fact]
    public async Task A_conversation_seen_once_can_be_written_to_later_end_to_end()
    {
        await using var connector = await FakeChannelConnector.StartAsync();
        await using var bot = await RunningBot.StartAsync();
        await bot.PostJsonAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, "Hilfe"));
        connector.SkipReceived();

        var sender = bot.Services.GetRequiredService<ProactiveMessenger>();
        var result = await sender.SendToUserAsync(UserKey, [new Reply { Title = "Ihre Anfrage", Text = "Status: in Bearbeitung" }], CancellationToken.None);

        Assert.Equal(ProactiveStatus.Sent, result.Status);
        var message = await connector.NextMessageAsync();
        Assert.Equal(TeamsActivities.ConversationId, message.ConversationId);
        Assert.Contains("Status: in Bearbeitung", ActivityAssert.VisibleText(message.Activity));
    }

    [Fact]
    public async Task Unknown_targets_and_refusals_are_results_not_exceptions_and_refusals_are_recorded()
    {
        await using var connector = await FakeChannelConnector.StartAsync();
        await using var bot = await RunningBot.StartAsync();
        await bot.PostJsonAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, "Hilfe"));
        connector.SkipReceived();
        var sender = bot.Services.GetRequiredService<ProactiveMessenger>();

        var unknown = await sender.SendToUserAsync("user:nobody", [Reply.Plain("x")], CancellationToken.None);
        connector.RefuseWith = HttpStatusCode.Forbidden;
        var refused = await sender.SendToUserAsync(UserKey, [Reply.Plain("x")], CancellationToken.None);

        Assert.Equal(ProactiveStatus.UnknownTarget, unknown.Status);
        Assert.Equal(ProactiveStatus.Refused, refused.Status);
        var contexts = bot.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var record = await db.Conversations.SingleAsync(conversation => conversation.Key == UserKey);
        Assert.Equal(403, record.LastFailureStatus);
    }

    [Fact]
    public async Task Conversation_references_survive_a_restart()
    {
        await using var connector = await FakeChannelConnector.StartAsync();
        using var database = TestDatabase.Sqlite();
        await using (var first = await RunningBot.StartAsync(database: database.KeepAlive()))
        {
            await first.PostJsonAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, "Hilfe"));
            connector.SkipReceived();
        }
        await using var second = await RunningBot.StartAsync(database: database.KeepAlive());
        var result = await second.Services.GetRequiredService<ProactiveMessenger>()
            .SendToUserAsync(UserKey, [Reply.Plain("Nach dem Neustart")], CancellationToken.None);
        Assert.True(result.Sent);
        Assert.Contains("Nach dem Neustart", ActivityAssert.VisibleText((await connector.NextMessageAsync()).Activity));
    }
}
