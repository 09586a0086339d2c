using Microsoft.Bot.Schema;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Conversations;

public sealed class WelcomeAndHelpTests
{
    private static Activity Installed(string conversationType = "personal") => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount("28:nrwbot", "NrwBot")],
        From = new ChannelAccount(BotTestHost.UserId, BotTestHost.UserName),
    };

    [Fact]
    public async Task Personal_install_greets_by_first_name_with_the_five_jobs_once()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Conversation()
            .Send(Installed())
            .AssertReply(reply =>
            {
                var text = ActivityAssert.VisibleText(reply);
                Assert.Contains("Hallo Erika", text);
                Assert.Contains("Förderrichtlinie", text);
                Assert.Contains("Ansprechpersonen", text);
                Assert.Contains("Unterstützungsbedarf", text);
                Assert.Contains("Überblick für die LKS", text);
                Assert.Contains("Einarbeitung", text);
            })
            .Send(Installed())
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task Without_a_name_the_welcome_greets_without_one()
    {
        await using var host = await BotTestHost.StartAsync();
        var installed = Installed();
        installed.From = new ChannelAccount(BotTestHost.UserId);
        await host.Conversation()
            .Send(installed)
            .AssertReply(reply =>
            {
                Assert.Contains("Hallo, ich bin", ActivityAssert.VisibleText(reply));
                Assert.Contains("Willkommen bei NrwBot", ActivityAssert.VisibleText(reply));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Web_Chat_greets_when_the_user_joins()
    {
        await using var host = await BotTestHost.StartAsync();
        var joined = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            MembersAdded = [new ChannelAccount(BotTestHost.UserId, BotTestHost.UserName)],
        };
        await host.Conversation(channelId: "webchat")
            .Send(joined)
            .AssertReply(reply => Assert.Contains("Hallo Erika", ActivityAssert.VisibleText(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task Team_install_greets_the_channel_once()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Conversation(conversationType: "channel", conversationId: "19:team-general@thread.tacv2")
            .Send(Installed("channel"))
            .AssertReply(reply => Assert.Contains("Hallo zusammen", ActivityAssert.VisibleText(reply)))
            .Send(Installed("channel"))
            .AssertNoReply()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("Hilfe")]
    [InlineData("?")]
    [InlineData("  HILFE! ")]
    public async Task Help_words_show_the_overview_as_a_card_in_Teams(string word)
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Conversation()
            .Send(word)
            .AssertReply(reply =>
            {
                Assert.Equal("1.5", ActivityAssert.Card(reply)["version"]!.ToString());
                Assert.Contains("Was ich für Sie tun kann", ActivityAssert.VisibleText(reply));
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("help")]
    [InlineData("What can you do?")]
    public async Task Help_in_English_gets_the_overview_in_English(string text)
    {
        await using var host = await BotTestHost.StartAsync();
        var reply = (await host.TurnAsync(host.Channel(), text))[0];
        var visible = ActivityAssert.VisibleText(reply);
        Assert.Contains("What I can do for you", visible);
        Assert.Contains("Questions on the funding guideline and forms", visible);
        Assert.Contains("profile.show", ActivityAssert.ButtonVerbs(reply));
    }

    [Fact]
    public async Task Help_on_Slack_is_markdown_text_with_numbered_choices()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Conversation(channelId: "slack")
            .Send("Hilfe")
            .AssertReply(reply =>
            {
                var message = (IMessageActivity)reply;
                Assert.Empty(message.Attachments ?? []);
                Assert.Contains("**Was ich für Sie tun kann**", message.Text);
                Assert.Contains("1. Profil", message.Text);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Free_text_goes_to_the_knowledge_base_and_the_profile_is_offered_once()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Conversation()
            .Send("Wer ist eigentlich Bundeskanzler?")
            .AssertReply(reply => Assert.Contains("weiß ich leider nicht", ActivityAssert.VisibleText(reply)))
            .AssertReply(reply => Assert.Contains("LKS", ActivityAssert.VisibleText(reply)))
            .AssertReply(reply => Assert.Contains("profile.edit", ActivityAssert.ButtonVerbs(reply)))
            .Send("Wann ist der Verwendungsnachweis fällig?")
            .AssertReply(reply => Assert.Contains("Verwendungsnachweis", ActivityAssert.VisibleText(reply)))
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task Too_long_messages_get_a_polite_request_to_shorten()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Conversation()
            .Send(new string('a', 4001))
            .AssertReply(reply => Assert.Contains("zu lang", ((IMessageActivity)reply).Text))
            .StartTestAsync();
    }

    [Fact]
    public async Task In_a_channel_the_bot_answers_only_when_mentioned_and_ignores_the_mention_text()
    {
        await using var host = await BotTestHost.StartAsync();
        var mention = new Entity();
        mention.SetAs(new Mention { Mentioned = new ChannelAccount("28:nrwbot", "NrwBot"), Text = "<at>NrwBot</at>" });
        var mentioned = new Activity { Type = ActivityTypes.Message, Text = "<at>NrwBot</at> Hilfe", Entities = [mention] };
        await host.Conversation(conversationType: "channel", conversationId: "19:team-general@thread.tacv2")
            .Send("Hilfe")
            .AssertNoReply()
            .Send(mentioned)
            .AssertReply(reply => Assert.Contains("Was ich für Sie tun kann", ActivityAssert.VisibleText(reply)))
            .StartTestAsync();
    }
}
