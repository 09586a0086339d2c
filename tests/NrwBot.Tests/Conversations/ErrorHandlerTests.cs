using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Host.Data;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Conversations;

public sealed class ErrorHandlerTests
{
    [Fact]
    public async Task Unreadable_conversation_state_gets_a_German_apology_without_details_and_the_next_turn_works()
    {
        await using var host = await BotTestHost.StartAsync();
        // First turn stores the conversation state; then it is broken behind the bot's back.
        await host.Conversation().Send("Hilfe").AssertReply(_ => { }).AssertReply(_ => { }).StartTestAsync();
        await CorruptConversationStateAsync(host);

        await host.Conversation()
            .Send("Hilfe")
            .AssertReply(reply =>
            {
                var text = ((IMessageActivity)reply).Text;
                TextAssert.Contains(NrwBot.Dialogs.Routing.RoutingTexts.Error, text);
                Assert.DoesNotContain("Exception", text);
                Assert.DoesNotContain("Json", text);
            })
            .Send("Hilfe")
            .AssertReply(reply => TextAssert.Contains(NrwBot.Dialogs.Help.HelpTexts.OverviewTitle, reply))
            .StartTestAsync();
    }

    private static async Task CorruptConversationStateAsync(BotTestHost host)
    {
        var contexts = host.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var updated = await db.BotState.Where(record => record.Key.Contains("/conversations/"))
            .ExecuteUpdateAsync(setters => setters.SetProperty(record => record.Document, "{\"$type\": \"Evil.Type, Evil\", \"broken\": "));
        Assert.Equal(1, updated);
    }
}
