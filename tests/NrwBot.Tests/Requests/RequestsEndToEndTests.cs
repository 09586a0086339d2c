using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Requests;
using NrwBot.Dialogs.Lks;
using NrwBot.Dialogs.Requests.Queue;
using NrwBot.Host.Data;
using NrwBot.Tests.Infrastructure;
using static NrwBot.Tests.Requests.RequestActivities;

namespace NrwBot.Tests.Requests;

/// <summary>
/// The real host on a loopback port and a fake Teams on another: the request card reaches the LKS channel and is
/// replaced in place, and the requester's notification travels back over HTTP, also across a restart.
/// </summary>
public sealed class RequestsEndToEndTests
{
    private static readonly string ErikaChat = PersonalConversation(TestPerson.Erika);

    [Fact]
    public async Task The_card_reaches_the_LKS_channel_is_replaced_on_each_change_and_the_requester_is_told_over_HTTP()
    {
        await using var teams = await FakeChannelConnector.StartAsync();
        await using var bot = await RunningBot.StartAsync(configure: ConfigureLks);
        await PostAsync(bot, InstalledInTeam(teams.ServiceUrl));

        var number = await FileAsync(bot, teams, "Fortbildung zum Umgang mit Hate Speech für unser Team");
        await bot.DrainOutboxAsync();

        var posted = Assert.Single(Cards(teams));
        Assert.Equal("POST", posted.Method);
        Assert.Contains(number, ActivityAssert.VisibleText(posted.Activity!));
        TextAssert.Contains(RequestsTexts.ButtonClaim, posted.Activity!);

        await PostAsync(bot, ChannelSubmit(teams.ServiceUrl, TestPerson.Anna, posted.ActivityId!, Value("requests.claim", ("number", number))));
        await bot.DrainOutboxAsync();

        var replaced = teams.MessagesIn(TeamId)[^1];
        Assert.Equal(("PUT", posted.ActivityId), (replaced.Method, replaced.ActivityId));
        Assert.Contains(RequestsTexts.StateInProgressBy.Format("Anna Schmidt"), ActivityAssert.VisibleText(replaced.Activity!));
        var told = ActivityAssert.VisibleText(teams.MessagesIn(ErikaChat)[^1].Activity!);
        Assert.Contains(number, told);
        Assert.Contains(RequestsTexts.UpdateClaimed.Format("Anna Schmidt"), told);
        TextAssert.Contains(RequestsTexts.DoneClaimed, ActivityAssert.VisibleText(teams.MessagesIn(TeamId + ";messageid=" + posted.ActivityId).Single().Activity!));
    }

    [Fact]
    public async Task Another_channel_of_the_LKS_team_gets_the_cards_through_the_teams_stored_conversation()
    {
        const string requestsChannel = "19:lks-anfragen@thread.tacv2";
        await using var teams = await FakeChannelConnector.StartAsync();
        await using var bot = await RunningBot.StartAsync(configure: builder =>
        {
            ConfigureLks(builder);
            builder.Configuration["Lks:ChannelConversationKey"] = "conversation:" + requestsChannel;
        });
        await PostAsync(bot, InstalledInTeam(teams.ServiceUrl));

        var number = await FileAsync(bot, teams, "Vernetzung der Integrationsräte zum Thema Rassismus", category: IntakeSteps.Vernetzung);
        await bot.DrainOutboxAsync();

        var card = Assert.Single(teams.MessagesIn(requestsChannel));
        Assert.Contains(number, ActivityAssert.VisibleText(card.Activity!));
        Assert.Empty(Cards(teams));
    }

    [Fact]
    public async Task A_reminder_for_another_channel_of_the_LKS_team_reaches_it_through_the_teams_stored_conversation()
    {
        const string requestsChannel = "19:lks-anfragen@thread.tacv2";
        await using var teams = await FakeChannelConnector.StartAsync();
        // The reminders run on a clock six weeks ahead (the request is long overdue then); everything else on the real one.
        var later = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(WorkingMorningAfter(DateTimeOffset.UtcNow.AddDays(42)));
        await using var bot = await RunningBot.StartAsync(builder =>
        {
            ConfigureLks(builder);
            Outbox.OutboxFixture.Quick(builder);
            builder.Configuration["Lks:ChannelConversationKey"] = "conversation:" + requestsChannel;
        }, replaceServices: services => services.AddSingleton(provider =>
            ActivatorUtilities.CreateInstance<NrwBot.Dialogs.Requests.Reminders.RequestReminders>(provider, (TimeProvider)later)));
        // Only the team is known to the bot (its General channel, from the installation); the requests channel never wrote.
        await PostAsync(bot, InstalledInTeam(teams.ServiceUrl));
        var number = await FileAsync(bot, teams, "Vernetzung der Integrationsräte zum Thema Rassismus", category: IntakeSteps.Vernetzung);
        await bot.DrainOutboxAsync();

        // What the reminder worker does on its round (it may have come first: the reminder is claimed once either way).
        await bot.Services.GetRequiredService<NrwBot.Dialogs.Requests.Reminders.RequestReminders>().SendDueAsync(default);
        await bot.DrainOutboxAsync();

        var reminder = teams.MessagesIn(requestsChannel).Select(call => ActivityAssert.VisibleText(call.Activity!))
            .Single(text => TextAssert.IsIn(NrwBot.Dialogs.Requests.Reminders.RequestReminderTexts.OverdueTitle, text));
        Assert.Contains(number, reminder);
        Assert.DoesNotContain(teams.MessagesIn(TeamId), call => TextAssert.IsIn(NrwBot.Dialogs.Requests.Reminders.RequestReminderTexts.OverdueTitle, ActivityAssert.VisibleText(call.Activity!)));
    }

    /// <summary>10:00 in Berlin on the first NRW working day from <paramref name="from"/> on.</summary>
    private static DateTimeOffset WorkingMorningAfter(DateTimeOffset from)
    {
        var day = DateOnly.FromDateTime(from.UtcDateTime);
        while (!NrwBot.Dialogs.WorkingDays.WorkingDayCalendar.IsWorkingDay(day)) day = day.AddDays(1);
        return new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
    }

    [Fact]
    public async Task A_restart_between_filing_and_answering_loses_neither_the_request_nor_its_card_nor_the_way_to_the_requester()
    {
        await using var teams = await FakeChannelConnector.StartAsync();
        using var database = TestDatabase.Sqlite();
        string number;
        await using (var before = await RunningBot.StartAsync(configure: ConfigureLks, database: database.KeepAlive()))
        {
            await PostAsync(before, InstalledInTeam(teams.ServiceUrl));
            number = await FileAsync(before, teams, "Beratung zur Verstetigung unseres Handlungskonzepts nach 2027");
            await before.DrainOutboxAsync();
        }
        var cardId = Assert.Single(Cards(teams)).ActivityId;

        await using var after = await RunningBot.StartAsync(configure: ConfigureLks, database: database.KeepAlive());
        await PostAsync(after, Personal(teams.ServiceUrl, TestPerson.Anna, "#1 erledigt: Wir melden uns mit zwei Terminvorschlägen für ein Gespräch."));
        await after.DrainOutboxAsync();

        var told = ActivityAssert.VisibleText(teams.MessagesIn(ErikaChat)[^1].Activity!);
        Assert.Contains(number, told);
        TextAssert.Contains(RequestsTexts.UpdateFinishedWithAnswer, told);
        Assert.Contains("zwei Terminvorschlägen", told);
        var replaced = teams.MessagesIn(TeamId)[^1];
        Assert.Equal(("PUT", cardId), (replaced.Method, replaced.ActivityId));
        TextAssert.DoesNotContain(RequestsTexts.ButtonClaim, replaced.Activity!);
    }

    [Fact]
    public async Task A_crash_between_storing_a_request_and_posting_its_card_delivers_the_card_exactly_once_after_the_restart()
    {
        await using var teams = await FakeChannelConnector.StartAsync();
        using var database = TestDatabase.Sqlite();
        string number;
        // The process dies right after the request was committed: no worker ran, and the feature never got to the card.
        await using (var crashed = await RunningBot.StartAsync(builder =>
        {
            ConfigureLks(builder);
            builder.Configuration["Outbox:Enabled"] = "false";
        }, database.KeepAlive(), services => services.AddSingleton<ILksChannel, UnreachedLksChannel>()))
        {
            await PostAsync(crashed, InstalledInTeam(teams.ServiceUrl));
            number = await FileAsync(crashed, teams, "Moderation für eine Bürgerversammlung zum Thema Unterkunft");
        }
        Assert.Empty(Cards(teams));

        await using var restarted = await RunningBot.StartAsync(builder =>
        {
            ConfigureLks(builder);
            Outbox.OutboxFixture.Quick(builder);
        }, database.KeepAlive());
        await restarted.DrainOutboxAsync();
        await using (var again = await RunningBot.StartAsync(builder =>
        {
            ConfigureLks(builder);
            Outbox.OutboxFixture.Quick(builder);
        }, database.KeepAlive()))
        {
            await again.DrainOutboxAsync();
        }

        var card = Assert.Single(Cards(teams));
        Assert.Equal("POST", card.Method);
        Assert.Contains(number, ActivityAssert.VisibleText(card.Activity!));
        TextAssert.Contains(RequestsTexts.ButtonClaim, card.Activity!);
    }

    [Fact]
    public async Task The_users_turn_does_not_wait_for_the_LKS_card_and_the_card_follows_from_the_outbox()
    {
        await using var teams = await FakeChannelConnector.StartAsync();
        // Teams throttles the channel: the request is confirmed anyway, and the card arrives when Teams lets it.
        var throttled = 0;
        teams.Answer = conversation => conversation == TeamId && Interlocked.Increment(ref throttled) <= 2 ? (HttpStatusCode.TooManyRequests, 1) : null;
        await using var bot = await RunningBot.StartAsync(builder =>
        {
            ConfigureLks(builder);
            Outbox.OutboxFixture.Quick(builder);
        });
        await PostAsync(bot, InstalledInTeam(teams.ServiceUrl));

        var number = await FileAsync(bot, teams, "Fortbildung zur Moderation von Konflikten in Beteiligungsformaten");
        Assert.Empty(Cards(teams));
        await bot.DrainOutboxAsync();

        Assert.Contains(number, ActivityAssert.VisibleText(Assert.Single(Cards(teams)).Activity!));
    }

    [Fact]
    public async Task A_redelivered_activity_with_the_same_id_confirms_the_same_request_and_stores_nothing_new()
    {
        await using var teams = await FakeChannelConnector.StartAsync();
        await using var bot = await RunningBot.StartAsync(configure: ConfigureLks);
        await PostAsync(bot, PersonalSubmit(teams.ServiceUrl, TestPerson.Erika, Form("Vernetzung mit Kommunen im Münsterland zum Thema Antiziganismus", category: IntakeSteps.Vernetzung)));
        // Teams redelivers when the first delivery did not answer in time: the conversation then still waits for "Senden".
        var waiting = await ConversationStateAsync(bot);
        var confirm = PersonalSubmit(teams.ServiceUrl, TestPerson.Erika, Value("intake.confirm"), id: "1730000099999");

        await PostAsync(bot, confirm);
        var first = ActivityAssert.VisibleText(teams.MessagesIn(ErikaChat)[^1].Activity!);
        await RestoreConversationStateAsync(bot, waiting);
        await PostAsync(bot, confirm);
        var retry = ActivityAssert.VisibleText(teams.MessagesIn(ErikaChat)[^1].Activity!);

        Assert.Contains("UB-2026-0001", first);
        // The redelivery is answered from the first delivery's claim: the same confirmation, nothing run again.
        Assert.Equal(first, retry);
        Assert.Single(await bot.Services.GetRequiredService<IRequestStore>().ListAsync(new RequestFilter(), CancellationToken.None));
    }

    [Fact]
    public async Task The_same_activity_delivered_twice_at_once_stores_one_request()
    {
        await using var teams = await FakeChannelConnector.StartAsync();
        await using var bot = await RunningBot.StartAsync(configure: ConfigureLks);
        await PostAsync(bot, PersonalSubmit(teams.ServiceUrl, TestPerson.Erika, Form("Technik: Zugang zum Teams-Kanal der LKS für die neue Kollegin", category: "technik")));
        var confirm = PersonalSubmit(teams.ServiceUrl, TestPerson.Erika, Value("intake.confirm"), id: "1730000088888");

        await Task.WhenAll(PostAsync(bot, confirm), PostAsync(bot, confirm));

        Assert.Single(await bot.Services.GetRequiredService<IRequestStore>().ListAsync(new RequestFilter(), CancellationToken.None));
    }

    [Fact]
    public async Task Members_of_the_configured_LKS_team_count_as_LKS_through_the_Teams_roster()
    {
        await using var teams = await FakeChannelConnector.StartAsync();
        teams.Roster.Add(new TeamMemberJson(TestPerson.Ben.Id, TestPerson.Ben.Name, TestPerson.Ben.AadObjectId));
        await using var bot = await RunningBot.StartAsync(configure: builder => builder.Configuration["Lks:TeamId"] = TeamId);
        await PostAsync(bot, InstalledInTeam(teams.ServiceUrl));
        await FileAsync(bot, teams, "Referentin für einen Fachtag zu Rassismus in der Verwaltung gesucht", category: "referenten-expertise");

        await PostAsync(bot, Personal(teams.ServiceUrl, TestPerson.Ben, "Warteschlange"));
        await PostAsync(bot, Personal(teams.ServiceUrl, TestPerson.Carl, "Warteschlange"));

        Assert.Contains("Warteschlange: 1 Anfragen", AllText(teams, PersonalConversation(TestPerson.Ben)));
        TextAssert.Contains(RequestsTexts.NotLks, AllText(teams, PersonalConversation(TestPerson.Carl)));
        Assert.DoesNotContain("Warteschlange: 1 Anfragen", AllText(teams, PersonalConversation(TestPerson.Carl)));
        Assert.Contains(TeamId, teams.RosterRequests);
    }

    /// <summary>The request cards in the LKS channel (the channel also got the bot's greeting on installation).</summary>
    private static List<ChannelCall> Cards(FakeChannelConnector teams) =>
        teams.MessagesIn(TeamId).Where(call => ActivityAssert.VisibleText(call.Activity!).Contains("UB-", StringComparison.Ordinal)).ToList();

    private static string AllText(FakeChannelConnector teams, string conversationId) =>
        string.Join("\n---\n", teams.MessagesIn(conversationId).Select(call => ActivityAssert.VisibleText(call.Activity!)));

    private static void ConfigureLks(WebApplicationBuilder builder)
    {
        builder.Configuration["Lks:Members:0"] = TestPerson.Anna.AadObjectId;
        builder.Configuration["Lks:TeamId"] = TeamId;
    }

    private static async Task<string> FileAsync(RunningBot bot, FakeChannelConnector teams, string description, string category = IntakeSteps.Fortbildung)
    {
        await PostAsync(bot, PersonalSubmit(teams.ServiceUrl, TestPerson.Erika, Form(description, category: category)));
        await PostAsync(bot, PersonalSubmit(teams.ServiceUrl, TestPerson.Erika, Value("intake.confirm")));
        var confirmation = ActivityAssert.VisibleText(teams.MessagesIn(ErikaChat)[^1].Activity!);
        var number = System.Text.RegularExpressions.Regex.Match(confirmation, @"UB-\d{4}-\d{4}").Value;
        Assert.False(string.IsNullOrEmpty(number), confirmation);
        return number;
    }

    private static async Task PostAsync(RunningBot bot, string json)
    {
        using var response = await bot.PostJsonAsync(json);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, response.StatusCode.ToString());
    }

    private static async Task<(string Key, string Document, string ETag)> ConversationStateAsync(RunningBot bot)
    {
        await using var db = await bot.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync();
        var record = await db.BotState.AsNoTracking().SingleAsync(state => state.Key.Contains("/conversations/"));
        return (record.Key, record.Document, record.ETag);
    }

    private static async Task RestoreConversationStateAsync(RunningBot bot, (string Key, string Document, string ETag) state)
    {
        await using var db = await bot.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync();
        await db.BotState.Where(record => record.Key == state.Key)
            .ExecuteUpdateAsync(setters => setters.SetProperty(record => record.Document, state.Document).SetProperty(record => record.ETag, state.ETag));
    }
}
