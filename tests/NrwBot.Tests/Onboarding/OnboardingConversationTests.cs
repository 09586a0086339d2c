using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Onboarding;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Onboarding;

/// <summary>The onboarding through the whole pipeline: route table, database, rendering per channel.</summary>
public sealed class OnboardingConversationTests
{
    [Fact]
    public async Task Start_welcomes_and_shows_the_first_step_as_a_card_with_done_later_question_and_its_articles()
    {
        await using var host = await BotTestHost.StartAsync();
        var path = host.Services.GetRequiredService<OnboardingPath>();

        var replies = await host.TurnAsync(host.Channel(), "Einarbeitung starten");

        Assert.Contains($"{path.Count} Schritte", OnboardingActivities.Text(replies));
        Assert.Equal($"Schritt 1 von {path.Count}: {path.Steps[0].Title}", OnboardingActivities.StepTitle(replies));
        foreach (var verb in new[] { "onboarding.done", "onboarding.later", "onboarding.question" })
            Assert.Equal(path.Steps[0].Id, (string?)Assert.Single(OnboardingActivities.Buttons(replies, verb))["step"]);
        Assert.Equal(path.Steps[0].Articles, OnboardingActivities.Buttons(replies, "kb.open").Select(data => (string?)data["id"]));
        Assert.Contains(path.Steps[0].Check.Text, OnboardingActivities.Text(replies));
    }

    [Fact]
    public async Task Done_ticks_off_the_step_and_Einarbeitung_resumes_at_the_first_open_step()
    {
        await using var host = await BotTestHost.StartAsync();
        var path = host.Services.GetRequiredService<OnboardingPath>();
        var teams = host.Channel();
        await host.TurnAsync(teams, "Einarbeitung starten");

        var afterDone = await host.TurnAsync(teams, OnboardingActivities.Done(path.Steps[0].Id));
        await host.TurnAsync(teams, OnboardingActivities.Done(path.Steps[1].Id));
        var resumed = await host.TurnAsync(teams, "Einarbeitung");

        Assert.Contains($"(1 von {path.Count})", OnboardingActivities.Text(afterDone));
        Assert.StartsWith("Schritt 2 von", OnboardingActivities.StepTitle(afterDone));
        Assert.Equal($"Schritt 3 von {path.Count}: {path.Steps[2].Title}", OnboardingActivities.StepTitle(resumed));
    }

    [Fact]
    public async Task Steps_can_be_done_out_of_order_and_resume_still_starts_with_the_first_open_one()
    {
        await using var host = await BotTestHost.StartAsync();
        var path = host.Services.GetRequiredService<OnboardingPath>();
        var teams = host.Channel();
        await host.TurnAsync(teams, "Einarbeitung starten");

        var seventh = await host.TurnAsync(teams, "Einarbeitung Schritt 7");
        var afterSeventh = await host.TurnAsync(teams, OnboardingActivities.Done(path.Steps[6].Id));
        var byId = await host.TurnAsync(teams, "Einarbeitung Schritt " + path.Steps[9].Id);
        var status = await host.TurnAsync(teams, "Einarbeitung Status");
        var resumed = await host.TurnAsync(teams, "Einarbeitung");

        Assert.StartsWith("Schritt 7 von", OnboardingActivities.StepTitle(seventh));
        Assert.StartsWith("Schritt 8 von", OnboardingActivities.StepTitle(afterSeventh));
        Assert.StartsWith("Schritt 10 von", OnboardingActivities.StepTitle(byId));
        var statusText = OnboardingActivities.Text(status);
        Assert.Contains($"**1/{path.Count}**", statusText);
        Assert.Contains($"✅ Schritt 7: {path.Steps[6].Title}", statusText);
        Assert.Contains($"⬜ Schritt 1: {path.Steps[0].Title}", statusText);
        Assert.StartsWith("Schritt 1 von", OnboardingActivities.StepTitle(resumed));
    }

    [Fact]
    public async Task Status_shows_the_count_a_text_progress_bar_and_what_is_next()
    {
        await using var host = await BotTestHost.StartAsync();
        var path = host.Services.GetRequiredService<OnboardingPath>();
        var teams = host.Channel();
        await host.TurnAsync(teams, "Einarbeitung starten");
        foreach (var step in path.Steps.Take(4)) await host.TurnAsync(teams, OnboardingActivities.Done(step.Id));

        var status = await host.TurnAsync(teams, "Einarbeitung Status");

        var text = OnboardingActivities.Text(status);
        Assert.Contains(new string('█', 4) + new string('░', path.Count - 4) + $" **4/{path.Count}**", text);
        Assert.Contains(OnboardingTexts.StatusNext.Format(path.Steps[4].Title, path.Steps[4].Minutes), text);
        Assert.Contains("onboarding.next", OnboardingActivities.Buttons(status).Select(data => (string?)data["verb"]));
    }

    [Fact]
    public async Task Status_before_the_start_offers_to_start()
    {
        await using var host = await BotTestHost.StartAsync();
        var status = await host.TurnAsync(host.Channel(), "Einarbeitung Status");
        Assert.Single(OnboardingActivities.Buttons(status, "onboarding.start"));
    }

    [Fact]
    public async Task Later_keeps_the_step_open_and_offers_the_next_open_one()
    {
        await using var host = await BotTestHost.StartAsync();
        var path = host.Services.GetRequiredService<OnboardingPath>();
        var teams = host.Channel();
        await host.TurnAsync(teams, "Einarbeitung starten");

        var later = await host.TurnAsync(teams, OnboardingActivities.Later(path.Steps[0].Id));
        var status = await host.TurnAsync(teams, "Einarbeitung Status");

        TextAssert.Contains(OnboardingTexts.LaterReply, OnboardingActivities.Text(later));
        Assert.StartsWith("Schritt 2 von", OnboardingActivities.StepTitle(later));
        Assert.Contains($"**0/{path.Count}**", OnboardingActivities.Text(status));
    }

    [Fact]
    public async Task Reset_asks_first_keeps_the_progress_on_no_and_reopens_every_step_on_yes()
    {
        await using var host = await BotTestHost.StartAsync();
        var path = host.Services.GetRequiredService<OnboardingPath>();
        var teams = host.Channel();
        await host.TurnAsync(teams, "Einarbeitung starten");
        await host.TurnAsync(teams, OnboardingActivities.Done(path.Steps[0].Id));
        await host.TurnAsync(teams, OnboardingActivities.Done(path.Steps[1].Id));

        var question = await host.TurnAsync(teams, "Einarbeitung zurücksetzen");
        await host.TurnAsync(teams, ActivityAssert.Submit("onboarding.reset.cancel"));
        var kept = await host.TurnAsync(teams, "Einarbeitung Status");
        await host.TurnAsync(teams, "Einarbeitung zurücksetzen");
        var reset = await host.TurnAsync(teams, ActivityAssert.Submit("onboarding.reset.confirm"));
        var after = await host.TurnAsync(teams, "Einarbeitung Status");

        Assert.Contains("Alle 2 erledigten Schritte", OnboardingActivities.Text(question));
        Assert.Single(OnboardingActivities.Buttons(question, "onboarding.reset.confirm"));
        Assert.Contains($"**2/{path.Count}**", OnboardingActivities.Text(kept));
        Assert.StartsWith("Schritt 1 von", OnboardingActivities.StepTitle(reset));
        Assert.Contains($"**0/{path.Count}**", OnboardingActivities.Text(after));
    }

    [Fact]
    public async Task Frage_dazu_offers_the_knowledge_search_and_the_request_intake_with_the_steps_topic()
    {
        await using var host = await BotTestHost.StartAsync();
        var step = host.Services.GetRequiredService<OnboardingPath>().Steps.First(candidate => candidate.Articles.Count > 0);
        var teams = host.Channel();
        await host.TurnAsync(teams, "Einarbeitung starten");

        var replies = await host.TurnAsync(teams, OnboardingActivities.Question(step.Id));

        Assert.Contains(step.Title, OnboardingActivities.Text(replies));
        Assert.Equal(step.Title, (string?)Assert.Single(OnboardingActivities.Buttons(replies, "kb.ask"))["text"]);
        var request = Assert.Single(OnboardingActivities.Buttons(replies, "requests.start"));
        Assert.Equal(step.Id, (string?)request["topic"]);
        Assert.Contains(step.Title, (string?)request["context"]);
        Assert.Equal(step.Articles, OnboardingActivities.Buttons(replies, "kb.open").Select(data => (string?)data["id"]));
    }

    [Fact]
    public async Task On_Slack_a_step_is_text_with_numbered_choices_and_typing_Erledigt_ticks_it_off()
    {
        await using var host = await BotTestHost.StartAsync();
        var path = host.Services.GetRequiredService<OnboardingPath>();
        var slack = host.Channel(channelId: "slack");

        var start = await host.TurnAsync(slack, "Einarbeitung starten");
        var done = await host.TurnAsync(slack, "Erledigt");

        Assert.All(start, reply => Assert.Empty(((IMessageActivity)reply).Attachments ?? []));
        var text = OnboardingActivities.Text(start);
        Assert.Contains($"Schritt 1 von {path.Count}", text);
        Assert.Matches(@"\d+\. Erledigt", text);
        Assert.Matches(@"\d+\. Frage dazu", text);
        TextAssert.Contains(OnboardingTexts.DoneReply, OnboardingActivities.Text(done));
        Assert.Contains($"**{path.Steps[0].Title}**", OnboardingActivities.Text(done));
    }

    [Fact]
    public async Task The_contacts_step_lists_the_mobile_beratung_the_lks_and_the_neighbouring_offices_of_the_profile_region()
    {
        await using var host = await BotTestHost.StartAsync();
        var path = host.Services.GetRequiredService<OnboardingPath>();
        var teams = host.Channel();
        await host.TurnAsync(teams, ActivityAssert.Submit("profile.submit", ("region", "Kreis Düren"), ("role", "fachkraft")));

        var replies = await host.TurnAsync(teams, "Einarbeitung Schritt " + path.Steps.First(step => step.ShowsContacts).Id);

        var text = OnboardingActivities.Text(replies);
        Assert.Contains("Regierungsbezirk Köln", text);
        Assert.Contains("mb-koeln@example.org", text);
        Assert.Contains("Landeskoordinierungsstelle", text);
        Assert.Contains("Städteregion Aachen", text);
        Assert.DoesNotContain("amira.beispielhaus@example.org", text);
    }

    [Fact]
    public async Task Reminders_can_be_switched_off_and_on_and_sharing_with_the_lks_is_a_choice()
    {
        await using var host = await BotTestHost.StartAsync();
        var store = host.Services.GetRequiredService<IOnboardingStore>();
        var teams = host.Channel();
        await host.TurnAsync(teams, "Einarbeitung starten");

        await host.TurnAsync(teams, "Erinnerungen aus");
        var off = await store.FindAsync("user:" + BotTestHost.UserAadId, CancellationToken.None);
        await host.TurnAsync(teams, "Fortschritt teilen");
        var shared = await store.FindAsync("user:" + BotTestHost.UserAadId, CancellationToken.None);
        await host.TurnAsync(teams, "Erinnerungen an");
        await host.TurnAsync(teams, "Fortschritt nicht teilen");
        var after = await store.FindAsync("user:" + BotTestHost.UserAadId, CancellationToken.None);

        Assert.True(off!.RemindersOff);
        Assert.True(shared!.SharesProgress);
        Assert.Equal(BotTestHost.UserName, shared.DisplayName);
        Assert.False(after!.RemindersOff);
        Assert.False(after.SharesProgress);
        Assert.Null(after.DisplayName);
    }
}
