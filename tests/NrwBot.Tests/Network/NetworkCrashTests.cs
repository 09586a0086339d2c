using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using NrwBot.Dialogs.Network;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Requests;
using static NrwBot.Tests.Requests.RequestActivities;

namespace NrwBot.Tests.Network;

/// <summary>
/// The real host over HTTP and a fake Teams: a network question's channel card and its personal copies are written
/// in the question's own transaction, so a crash right after the commit loses neither and sends neither twice.
/// </summary>
public sealed class NetworkCrashTests
{
    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task A_crash_between_storing_a_question_and_posting_its_card_and_copies_delivers_them_exactly_once_after_the_restart(string provider)
    {
        Skip.If(provider == "postgresql" && TestDatabase.PostgresServer is null, $"No PostgreSQL server: set {TestDatabase.PostgresVariable}.");
        await using var teams = await FakeChannelConnector.StartAsync();
        using var database = TestDatabase.Create(provider);
        // The process dies right after the question was committed: no worker ran.
        await using (var crashed = await RunningBot.StartAsync(builder =>
        {
            builder.Configuration["Network:TeamId"] = TeamId;
            builder.Configuration["Outbox:Enabled"] = "false";
        }, database.KeepAlive()))
        {
            await PostAsync(crashed, InstalledInTeam(teams.ServiceUrl));
            await PostAsync(crashed, Personal(teams.ServiceUrl, TestPerson.Carl, "Netzwerkfragen an"));
            Assert.True(await crashed.Services.GetRequiredService<NrwBot.Host.Onboarding.EfPeerAccounts>()
                .RememberAsync(TestPerson.Carl.Key, "amira.beispielhaus@example.org", null, default));
            await AskAsync(crashed, teams, "Wie habt ihr die Bestandsanalyse mit den Schulen organisiert?");
        }
        Assert.Empty(QuestionCards(teams));
        Assert.Empty(CopiesTo(teams, TestPerson.Carl));

        for (var restart = 0; restart < 2; restart++)
        {
            await using var restarted = await RunningBot.StartAsync(builder =>
            {
                builder.Configuration["Network:TeamId"] = TeamId;
                Outbox.OutboxFixture.Quick(builder);
            }, database.KeepAlive());
            await restarted.DrainOutboxAsync();
            if (restart == 1)
                Assert.Equal(Assert.Single(QuestionCards(teams)).ActivityId, await restarted.Services.GetRequiredService<INetworkStore>().CardOfAsync(1, default));
        }

        var card = Assert.Single(QuestionCards(teams));
        Assert.Equal("POST", card.Method);
        Assert.Contains("Bestandsanalyse", ActivityAssert.VisibleText(card.Activity));
        Assert.Contains("Bestandsanalyse", ActivityAssert.VisibleText(Assert.Single(CopiesTo(teams, TestPerson.Carl)).Activity));
    }

    /// <summary>Erika sets her region, asks and confirms without her name; the confirmation names N1.</summary>
    private static async Task AskAsync(RunningBot bot, FakeChannelConnector teams, string question)
    {
        var chat = PersonalConversation(TestPerson.Erika);
        await PostAsync(bot, PersonalSubmit(teams.ServiceUrl, TestPerson.Erika, Value("profile.submit", ("region", "Kreis Düren"), ("role", "fachkraft"))));
        await PostAsync(bot, Personal(teams.ServiceUrl, TestPerson.Erika, "Frag das Netzwerk: " + question));
        var click = NetworkHost.Click(teams.MessagesIn(chat).Select(call => (Microsoft.Bot.Schema.IActivity)call.Activity).ToList(), anonymous: true);
        await PostAsync(bot, PersonalSubmit(teams.ServiceUrl, TestPerson.Erika, (JObject)click.Value));
        TextAssert.Contains(NetworkTexts.Posted, ActivityAssert.VisibleText(teams.MessagesIn(chat)[^1].Activity));
    }

    private static List<ChannelCall> QuestionCards(FakeChannelConnector teams) =>
        teams.MessagesIn(TeamId).Where(call => ActivityAssert.VisibleText(call.Activity).Contains(NetworkTexts.CardTitle.Format("N1"), StringComparison.Ordinal)).ToList();

    private static List<ChannelCall> CopiesTo(FakeChannelConnector teams, TestPerson person) =>
        teams.MessagesIn(PersonalConversation(person))
            .Where(call => ActivityAssert.VisibleText(call.Activity).Contains(NetworkTexts.PersonalTitle.Format("N1"), StringComparison.Ordinal)).ToList();

    private static async Task PostAsync(RunningBot bot, string json)
    {
        using var response = await bot.PostJsonAsync(json);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, response.StatusCode.ToString());
    }
}
