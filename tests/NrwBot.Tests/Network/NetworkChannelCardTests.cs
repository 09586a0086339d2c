using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using NrwBot.Dialogs.Network;
using NrwBot.Host.Data;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Outbox;

namespace NrwBot.Tests.Network;

/// <summary>The real outbox posts the question card into the network channel, keeps its message id (the thread root) and then replaces the card in place.</summary>
public sealed class NetworkChannelCardTests
{
    private const string Team = "19:network-team@thread.tacv2";

    [Fact]
    public async Task The_card_is_posted_once_its_id_kept_and_later_states_replace_it()
    {
        await using var teams = await FakeChannelConnector.StartAsync();
        await using var bot = await RunningBot.StartAsync(builder =>
        {
            OutboxFixture.Quick(builder);
            builder.Configuration["Network:TeamId"] = Team;
        });
        await StoreTeamAsync(bot.Services, teams.ServiceUrl);
        var store = bot.Services.GetRequiredService<INetworkStore>();
        var outbound = bot.Services.GetRequiredService<INetworkOutbound>();
        // The store queues the first card itself, in the question's transaction, rendered from the question when delivered.
        var (question, _) = await store.AskAsync(new NewNetworkQuestion("user:a", null, "Köln", "Wie organisiert ihr die Bestandsanalyse?", "user:a|network:d1", DateTimeOffset.UtcNow), default);

        await bot.DrainOutboxAsync();
        var posted = Assert.Single(teams.Calls, call => call.Activity.Type == ActivityTypes.Message);
        await store.AnswerAsync(new NewNetworkAnswer(question.Id, "user:b", "B", "Mit einem Fragebogen.", "s1", DateTimeOffset.UtcNow), default);
        var answered = (await store.FindAsync(question.Id, default))!;
        await outbound.ShowCardAsync(answered, NetworkCards.Channel(answered), default);
        await bot.DrainOutboxAsync();

        Assert.Equal(("POST", Team), (posted.Method, posted.ConversationId));
        Assert.Contains("Bestandsanalyse", ActivityAssert.VisibleText(posted.Activity));
        Assert.Equal(posted.ActivityId, await store.CardOfAsync(question.Id, default));
        Assert.Equal(question.Id, (await store.FindByCardAsync(posted.ActivityId, default))!.Id);
        var replaced = teams.Calls.Last();
        Assert.Equal(("PUT", posted.ActivityId), (replaced.Method, replaced.ActivityId));
        Assert.Equal(2, teams.Calls.Count(call => call.Activity.Type == ActivityTypes.Message));
    }

    /// <summary>The network team's General channel, as the bot remembers it from its installation.</summary>
    private static async Task StoreTeamAsync(IServiceProvider services, string serviceUrl)
    {
        var reference = new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = serviceUrl,
            Bot = new ChannelAccount("28:nrwbot-app-id", "NrwBot"),
            Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: Team),
        };
        await using var db = await services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync();
        db.Conversations.Add(new ConversationRecord
        {
            Key = "conversation:" + Team, ChannelId = "msteams", ConversationId = Team, Reference = JsonConvert.SerializeObject(reference), UpdatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    }
}
