using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Requests;
using NrwBot.Dialogs.Requests.MyData;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Requests;

/// <summary>"Meine Daten" and "Meine Daten löschen": what NrwBot keeps about a user, and forgetting it.</summary>
public sealed class MyDataConversationTests
{
    [Fact]
    public async Task Meine_Daten_shows_profile_requests_and_questions()
    {
        await using var host = await StartAsync();
        var erika = host.Channel(TestPerson.Erika);
        await host.TurnAsync(erika, ActivityAssert.Submit("profile.submit", ("region", "Kreis Düren"), ("role", "fachkraft")));
        await IntakeSteps.FileAsync(host, TestPerson.Erika, "Fortbildung zu Verschwörungserzählungen");
        await IntakeSteps.FileAsync(host, TestPerson.Carl, "Vernetzung mit den Nachbarkreisen", category: IntakeSteps.Vernetzung);

        var shown = await host.TextOfTurnAsync(erika, "Meine Daten");

        Assert.Contains("Kreis Düren", shown);
        Assert.Contains(NrwBot.Dialogs.Profile.ProfileTexts.RoleFachkraft.German, shown);
        Assert.Contains("UB-2026-0001", shown);
        Assert.Contains("Fortbildung zu Verschwörungserzählungen", shown);
        Assert.DoesNotContain("UB-2026-0002", shown);
        Assert.Contains("Wie rechne ich Honorare ab?", shown);
        TextAssert.Contains(RequestsTexts.MyDataTechnical, shown);
        TextAssert.Contains(RequestsTexts.MyDataDeleteButton, shown);
    }

    [Fact]
    public async Task Meine_Daten_loeschen_asks_first_and_then_deletes_open_requests_anonymises_closed_ones_and_clears_the_profile()
    {
        await using var host = await StartAsync();
        var erika = host.Channel(TestPerson.Erika);
        await host.TurnAsync(erika, ActivityAssert.Submit("profile.submit", ("region", "Hamm"), ("role", "traeger")));
        var open = await IntakeSteps.FileAsync(host, TestPerson.Erika, "Beratung zur Antragstellung, erreichbar unter erika@example.org", region: "Hamm");
        var closed = await IntakeSteps.FileAsync(host, TestPerson.Erika, "Technik: Zugang zum Kanal, Rückruf unter 0221 4710 999", region: "Hamm", category: "technik");
        await host.TurnAsync(host.Channel(TestPerson.Anna), "#2 erledigt: Zugang ist eingerichtet.");
        var others = await IntakeSteps.FileAsync(host, TestPerson.Carl, "Fortbildung für Ehrenamtliche");

        var asked = await host.TurnAsync(erika, "Meine Daten löschen");
        Assert.Contains(RequestsTexts.DeleteExplain.Format(1, 1), RequestsHost.Visible(asked));
        Assert.Equal(["mydata.delete.confirm", "mydata.delete.cancel"], ActivityAssert.ButtonVerbs(asked[0]));
        TextAssert.Contains(RequestsTexts.DeleteCancelled, await host.TextOfTurnAsync(erika, ActivityAssert.Submit("mydata.delete.cancel")));
        Assert.Equal(2, (await host.Store.ListAsync(new RequestFilter { RequesterKey = TestPerson.Erika.Key }, default)).Count);

        var done = await host.TextOfTurnAsync(erika, ActivityAssert.Submit("mydata.delete.confirm"));

        Assert.Contains(RequestsTexts.Deleted.Format(1, 1, 1), done);
        Assert.Null(await host.Store.FindAsync(open.Number, default));
        var kept = (await host.Store.FindAsync(closed.Number, default))!;
        Assert.Equal((null, null), (kept.RequesterKey, kept.RequesterName));
        Assert.DoesNotContain("4710 999", kept.Description);
        Assert.Equal("Zugang ist eingerichtet.", kept.Answer);
        Assert.NotNull(await host.Store.FindAsync(others.Number, default));
        TextAssert.Contains(RequestsTexts.RemovedTitle, host.LksChannel.Current(open.Id).Title);
        var after = await host.TextOfTurnAsync(erika, "Meine Daten");
        TextAssert.Contains(RequestsTexts.MyDataNoProfile, after);
        TextAssert.Contains(RequestsTexts.MyDataNoRequests, after);
        TextAssert.Contains(RequestsTexts.MyDataNoQuestions, after);
    }

    [Fact]
    public async Task A_request_filed_after_Meine_Daten_loeschen_gets_a_new_number_not_the_deleted_ones()
    {
        await using var host = await StartAsync();
        var erika = host.Channel(TestPerson.Erika);
        var deleted = await IntakeSteps.FileAsync(host, TestPerson.Erika, "Beratung zur Antragstellung für unser Projekt");
        await host.TurnAsync(erika, "Meine Daten löschen");
        await host.TurnAsync(erika, ActivityAssert.Submit("mydata.delete.confirm"));
        Assert.Null(await host.Store.FindAsync(deleted.Number, default));

        var filed = await IntakeSteps.FileAsync(host, TestPerson.Erika, "Fortbildung zu Verschwörungserzählungen");

        Assert.Equal("UB-2026-0001", deleted.Number.ToString());
        Assert.Equal("UB-2026-0002", filed.Number.ToString());
    }

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task Meine_Daten_loeschen_leaves_no_chat_address_recent_answer_or_directory_link_naming_the_user(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var host = stores.Host;
        var erika = host.Channel(TestPerson.Erika);
        await IntakeSteps.FileAsync(host, TestPerson.Erika, "Beratung zur Antragstellung für unser Projekt");
        await host.TurnAsync(erika, "Wie rechne ich Honorare ab?");
        await host.TurnAsync(host.Channel(TestPerson.Erika, conversationType: "channel", conversationId: "19:general-kreis@thread.tacv2"), "Guten Morgen zusammen");
        var contact = host.Services.GetRequiredService<NrwBot.Dialogs.Contacts.ContactDirectory>().Contacts.First(candidate => candidate.TeamsUpn is not null);
        Assert.True(await host.Services.GetRequiredService<NrwBot.Host.Onboarding.EfPeerAccounts>().RememberAsync(TestPerson.Erika.Key, contact.TeamsUpn, null, default));

        await host.TurnAsync(erika, "Meine Daten löschen");
        await host.TurnAsync(erika, ActivityAssert.Submit("mydata.delete.confirm"));

        var tables = await DatabaseTables.ReadAllAsync(host.Database);
        foreach (var table in new[] { "conversations", "processed_activities", "onboarding_peer_accounts" })
            foreach (var trace in new[] { TestPerson.Erika.Id, TestPerson.Erika.AadObjectId, TestPerson.Erika.Name })
                Assert.DoesNotContain(tables[table], row => row.Contains(trace, StringComparison.Ordinal));
        Assert.Single(tables["conversations"], row => row.Contains("19:general-kreis@thread.tacv2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Own_requests_and_data_are_shown_only_in_the_personal_chat()
    {
        await using var host = await StartAsync();
        await IntakeSteps.FileAsync(host, TestPerson.Erika, "Fortbildung zu Verschwörungserzählungen");
        var channel = host.Channel(TestPerson.Erika, conversationType: "groupChat", conversationId: "19:groupchat@thread.v2");

        foreach (var command in new[] { "Meine Daten", "Meine Anfragen", "Meine Daten löschen" })
        {
            var reply = await host.TextOfTurnAsync(channel, ActivityAssert.Submit(command switch
            {
                "Meine Daten" => MyDataFeature.ShowVerb,
                "Meine Anfragen" => "requests.mine",
                _ => MyDataFeature.DeleteConfirmVerb,
            }));
            TextAssert.Contains(RequestsTexts.PersonalOnly, reply);
            Assert.DoesNotContain("Verschwörungserzählungen", reply);
        }
        Assert.Single(await host.AllRequestsAsync());
    }

    /// <summary>A host whose question log (the knowledge feature's, on the database) already holds two people's questions.</summary>
    private static async Task<RequestsHost> StartAsync()
    {
        var host = await RequestsHost.StartAsync();
        var log = host.Services.GetRequiredService<NrwBot.Dialogs.Knowledge.IQuestionLog>();
        await log.RecordAsync(Question(TestPerson.Erika, "Wie rechne ich Honorare ab?", "foerderfaehige-kosten", 20), default);
        await log.RecordAsync(Question(TestPerson.Carl, "Frage von Carl", null, 21), default);
        return host;
    }

    private static NrwBot.Dialogs.Knowledge.QuestionLogEntry Question(TestPerson person, string text, string? articleId, int day) => new(
        NrwBot.Dialogs.Knowledge.PseudonymousUserKey.For(new NrwBot.Dialogs.Conversation.UserRef(person.Id, person.Name, person.AadObjectId), ""),
        text, articleId, articleId is null ? NrwBot.Dialogs.Knowledge.KnowledgeDecision.None : NrwBot.Dialogs.Knowledge.KnowledgeDecision.Answer,
        articleId is null ? 0 : 0.9, new DateTimeOffset(2026, 11, day, 10, 0, 0, TimeSpan.Zero));
}
