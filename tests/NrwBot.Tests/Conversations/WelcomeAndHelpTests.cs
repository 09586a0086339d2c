using Microsoft.Bot.Schema;
using NrwBot.Tests.Infrastructure;
using NrwBot.Dialogs.Help;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Routing;

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
                Assert.Contains(HelpTexts.WelcomeUser.Format("Erika"), text);
                Assert.All(HelpTexts.Jobs, job => TextAssert.Contains(job.Description, text));
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
                TextAssert.Contains(HelpTexts.WelcomeUserWithoutName, reply);
                TextAssert.Contains(HelpTexts.WelcomeTitle, reply);
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
            .AssertReply(reply => Assert.Contains(HelpTexts.WelcomeUser.Format("Erika"), ActivityAssert.VisibleText(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task Team_install_greets_the_channel_once()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Conversation(conversationType: "channel", conversationId: "19:team-general@thread.tacv2")
            .Send(Installed("channel"))
            .AssertReply(reply => TextAssert.Contains(HelpTexts.WelcomeChannel, reply))
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
                TextAssert.Contains(HelpTexts.OverviewTitle, reply);
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
        TextAssert.Contains(HelpTexts.OverviewTitle, visible, english: true);
        TextAssert.Contains(HelpTexts.Jobs[0].Description, visible, english: true);
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
                Assert.Contains($"**{HelpTexts.OverviewTitle.German}**", message.Text);
                Assert.Contains("1. " + HelpTexts.ProfileButton.German, message.Text);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Free_text_goes_to_the_knowledge_base_and_the_profile_is_offered_once()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Conversation()
            .Send("Wer ist eigentlich Bundeskanzler?")
            .AssertReply(reply => TextAssert.Contains(KnowledgeTexts.NoAnswerText, reply))
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
            .AssertReply(reply => TextAssert.Contains(RoutingTexts.TooLong, ((IMessageActivity)reply).Text))
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
            .AssertReply(reply => TextAssert.Contains(HelpTexts.OverviewTitle, reply))
            .StartTestAsync();
    }
}
