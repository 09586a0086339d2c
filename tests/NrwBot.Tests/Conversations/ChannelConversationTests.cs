using Microsoft.Bot.Schema;
using NrwBot.Tests.Infrastructure;
using NrwBot.Dialogs.Flows;

namespace NrwBot.Tests.Conversations;

/// <summary>In a team channel several people talk to the bot at once; each has a conversation of their own.</summary>
public sealed class ChannelConversationTests
{
    [Fact]
    public async Task One_persons_running_form_does_not_swallow_another_persons_question()
    {
        await using var host = await BotTestHost.StartAsync();
        var channel = host.Channel(conversationType: "channel", conversationId: "19:lks-team@thread.tacv2");

        var first = await host.TurnAsync(channel, Mentioning("Profil", new ChannelAccount("29:anna", "Anna Beispiel") { AadObjectId = "aad-anna" }));
        var second = await host.TurnAsync(channel, Mentioning("Wann ist der Verwendungsnachweis fällig?", new ChannelAccount("29:ben", "Ben Muster") { AadObjectId = "aad-ben" }));
        var third = await host.TurnAsync(channel, Mentioning("Kreis Düren", new ChannelAccount("29:anna", "Anna Beispiel") { AadObjectId = "aad-anna" }));

        Assert.Contains("region", ActivityAssert.InputIds(first[0]));
        Assert.Contains("Verwendungsnachweis", ActivityAssert.VisibleText(second[0]));
        // Anna's text is an interruption (card channel): answered as if no form were open, then one reminder line.
        Assert.DoesNotContain(third, reply => TextAssert.IsIn(FlowTexts.FixErrors, ActivityAssert.VisibleText(reply)));
        TextAssert.Contains(NrwBot.Dialogs.Profile.ProfileTexts.Title, third[^1]);
        TextAssert.Contains(FlowTexts.StillOpen, third[^1]);
    }

    private static Activity Mentioning(string text, ChannelAccount from)
    {
        var mention = new Entity();
        mention.SetAs(new Mention { Mentioned = new ChannelAccount("28:nrwbot", "NrwBot"), Text = "<at>NrwBot</at>" });
        return new Activity { Type = ActivityTypes.Message, Text = "<at>NrwBot</at> " + text, Entities = [mention], From = from };
    }
}
