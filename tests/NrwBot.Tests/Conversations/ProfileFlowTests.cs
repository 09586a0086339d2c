using Microsoft.Bot.Schema;
using NrwBot.Tests.Infrastructure;
using NrwBot.Dialogs.Flows;
using NrwBot.Dialogs.Help;
using NrwBot.Dialogs.Profile;

namespace NrwBot.Tests.Conversations;

public sealed class ProfileFlowTests
{
    [Fact]
    public async Task On_Teams_the_profile_is_one_form_that_shows_errors_and_saves_when_valid()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Conversation()
            .Send("Profil")
            .AssertReply(reply => Assert.Equal(["region", "role"], ActivityAssert.InputIds(reply)))
            .Send(ActivityAssert.Submit("profile.submit", ("region", "Atlantis"), ("role", "fachkraft")))
            .AssertReply(reply =>
            {
                var text = ActivityAssert.VisibleText(reply);
                Assert.Contains(ProfileTexts.RegionUnknown.Format("Atlantis"), text);
                TextAssert.Contains(FlowTexts.FixErrors, text);
            })
            .Send(ActivityAssert.Submit("profile.submit", ("region", "Kreis Düren"), ("role", "fachkraft")))
            .AssertReply(reply =>
            {
                var text = ActivityAssert.VisibleText(reply);
                Assert.Contains("Kreis Düren", text);
                Assert.Contains("Köln", text);
                Assert.Contains(NrwBot.Dialogs.Profile.ProfileTexts.RoleFachkraft.German, text);
            })
            .AssertReply(reply => Assert.Contains("onboarding.start", ActivityAssert.ButtonVerbs(reply)))
            .Send("Profil")
            .AssertReply(reply => Assert.Contains("profile.edit", ActivityAssert.ButtonVerbs(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task On_Slack_the_profile_is_asked_step_by_step_and_re_asked_after_bad_answers()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Conversation(channelId: "slack")
            .Send("Profil")
            .AssertReply(reply => TextAssert.Contains(ProfileTexts.Intro, ((IMessageActivity)reply).Text))
            .AssertReply(reply => Assert.Contains("(1/2)", ((IMessageActivity)reply).Text))
            .Send("**Atlantis**")
            .AssertReply(reply => Assert.Contains(ProfileTexts.RegionUnknown.Format("\\*\\*Atlantis\\*\\*"), ((IMessageActivity)reply).Text))
            .AssertReply(reply => Assert.Contains("(1/2)", ((IMessageActivity)reply).Text))
            .Send("muenster")
            .AssertReply(reply => Assert.Contains("(2/2)", ((IMessageActivity)reply).Text))
            .Send("9")
            .AssertReply(reply => TextAssert.Contains(FlowTexts.NotAChoice, ((IMessageActivity)reply).Text))
            .AssertReply(reply => Assert.Contains("(2/2)", ((IMessageActivity)reply).Text))
            .Send("2")
            .AssertReply(reply =>
            {
                var text = ((IMessageActivity)reply).Text;
                Assert.Contains("Münster", text);
                Assert.Contains("Träger", text);
                Assert.Contains("1. " + ProfileTexts.Change.German, text);
            })
            .Send("1")
            .AssertReply(reply =>
            {
                Assert.Contains("(1/2)", ((IMessageActivity)reply).Text);
                Assert.Contains(FlowTexts.SoFar.Format("Münster"), ((IMessageActivity)reply).Text);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_works_at_any_step_and_says_so()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Conversation(channelId: "slack")
            .Send("Profil")
            .AssertReply(_ => { })
            .AssertReply(_ => { })
            .Send("Dortmund")
            .AssertReply(reply => Assert.Contains("(2/2)", ((IMessageActivity)reply).Text))
            .Send("stopp")
            .AssertReply(reply => TextAssert.Contains(FlowTexts.Cancelled, ((IMessageActivity)reply).Text))
            .Send("abbrechen")
            .AssertReply(reply => TextAssert.Contains(FlowTexts.NothingToCancel, ((IMessageActivity)reply).Text))
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_inside_a_flow_shows_the_overview_and_asks_the_current_question_again()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Conversation(channelId: "slack")
            .Send("Profil")
            .AssertReply(_ => { })
            .AssertReply(_ => { })
            .Send("Hilfe")
            .AssertReply(reply => TextAssert.Contains(HelpTexts.OverviewTitle, ((IMessageActivity)reply).Text))
            .AssertReply(reply => Assert.Contains(FlowTexts.InFlowHint.Format(ProfileTexts.Title.German), ((IMessageActivity)reply).Text))
            .AssertReply(reply => Assert.Contains("(1/2)", ((IMessageActivity)reply).Text))
            .Send("Hamm")
            .AssertReply(reply => Assert.Contains("(2/2)", ((IMessageActivity)reply).Text))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_flow_left_idle_for_more_than_24_hours_starts_over_cleanly()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Conversation(channelId: "slack")
            .Send("Profil")
            .AssertReply(_ => { })
            .AssertReply(_ => { })
            .StartTestAsync();
        host.Clock.Advance(TimeSpan.FromHours(25));
        await host.Conversation(channelId: "slack")
            .Send("Dortmund")
            .AssertReply(reply => TextAssert.Contains(FlowTexts.Expired, ((IMessageActivity)reply).Text))
            .AssertReply(reply => Assert.DoesNotContain("(2/2)", ((IMessageActivity)reply).Text))
            .StartTestAsync();
    }

    [Fact]
    public async Task The_profile_survives_a_restart_of_the_host()
    {
        using var database = TestDatabase.Sqlite();
        await using (var first = await BotTestHost.StartAsync(database: database))
        {
            await first.Conversation()
                .Send(ActivityAssert.Submit("profile.submit", ("region", "Solingen"), ("role", "traeger")))
                .AssertReply(reply => Assert.Contains("Solingen", ActivityAssert.VisibleText(reply)))
                .StartTestAsync();
        }
        await using var second = await BotTestHost.StartAsync(database: database);
        await second.Conversation()
            .Send("Profil")
            .AssertReply(reply => Assert.Contains("Solingen", ActivityAssert.VisibleText(reply)))
            .StartTestAsync();
    }
}
