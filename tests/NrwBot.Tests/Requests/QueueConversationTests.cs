using NrwBot.Dialogs.Requests;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Requests;

/// <summary>The LKS working through the queue in chat and with the card buttons; requesters hearing about every change.</summary>
public sealed class QueueConversationTests
{
    private const string LksThread = RequestActivities.TeamId + ";messageid=card-1";

    [Fact]
    public async Task Others_get_a_polite_refusal_for_LKS_commands_and_see_their_own_requests()
    {
        await using var host = await RequestsHost.StartAsync();
        var request = await IntakeSteps.FileAsync(host, TestPerson.Erika, "Fortbildung zu Antisemitismus für Lehrkräfte");
        var carl = host.Channel(TestPerson.Carl);

        foreach (var command in new[] { "Warteschlange", "#1", "#1 übernehmen", "#1 erledigt: fertig", "#1 an Anna" })
            TextAssert.Contains(RequestsTexts.NotLks, await host.TextOfTurnAsync(carl, command));
        TextAssert.Contains(RequestsTexts.NotLks, await host.TextOfTurnAsync(carl, ActivityAssert.Submit("requests.claim", ("number", request.Number.ToString()))));
        Assert.Equal(RequestState.New, (await host.Store.FindAsync(request.Number, CancellationToken.None))!.State);

        var erika = host.Channel(TestPerson.Erika);
        var own = await host.TextOfTurnAsync(erika, "#1");
        Assert.Contains(RequestsTexts.DetailsTitle.Format("UB-2026-0001"), own);
        Assert.Contains("Fortbildung zu Antisemitismus für Lehrkräfte", own);
        var mine = await host.TextOfTurnAsync(erika, "Meine Anfragen");
        Assert.Contains("UB-2026-0001", mine);
        Assert.Contains("neu", mine);
        Assert.DoesNotContain("UB-2026", await host.TextOfTurnAsync(carl, "Meine Anfragen"));
    }

    [Fact]
    public async Task The_queue_shows_open_requests_urgent_first_and_filters_by_category_region_state_and_age()
    {
        await using var host = await RequestsHost.StartAsync();
        await IntakeSteps.FileAsync(host, TestPerson.Erika, "Fortbildung für Ehrenamtliche in der Flüchtlingshilfe");
        host.Clock.Advance(TimeSpan.FromDays(10));
        await IntakeSteps.FileAsync(host, TestPerson.Carl, "Vernetzung der Fachstellen im Ruhrgebiet", region: "Dortmund", category: IntakeSteps.Vernetzung, urgency: "dringend");
        await IntakeSteps.FileAsync(host, TestPerson.Carl, "Technik: Zugang zum gemeinsamen Teams-Kanal", region: "Hamm", category: "technik");
        var anna = host.Channel(TestPerson.Anna);

        var all = await host.TextOfTurnAsync(anna, "Warteschlange");
        Assert.Contains(RequestsTexts.QueueCount.Format(3), all);
        Assert.True(all.IndexOf("**#2**", StringComparison.Ordinal) < all.IndexOf("**#1**", StringComparison.Ordinal), all);
        Assert.Equal(["#1"], Numbers(await host.TextOfTurnAsync(anna, "Warteschlange Fortbildung")));
        Assert.Equal(["#2"], Numbers(await host.TextOfTurnAsync(anna, "Warteschlange Dortmund")));
        Assert.Equal(["#1"], Numbers(await host.TextOfTurnAsync(anna, "Warteschlange älter als 7 Tage")));
        Assert.Equal(["#2"], Numbers(await host.TextOfTurnAsync(anna, "Warteschlange dringend")));
        await host.TurnAsync(anna, "#3 übernehmen");
        Assert.Equal(["#2", "#1"], Numbers(await host.TextOfTurnAsync(anna, "Warteschlange neu")));
        Assert.Equal(["#3"], Numbers(await host.TextOfTurnAsync(anna, "Warteschlange in Bearbeitung")));
        Assert.Equal(["#3"], Numbers(await host.TextOfTurnAsync(anna, "Warteschlange meine")));
        TextAssert.Contains(RequestsTexts.QueueUnknownFilter, await host.TextOfTurnAsync(anna, "Warteschlange Blumenkohl"));
    }

    [Fact]
    public async Task Claiming_answering_and_finishing_replace_the_card_and_tell_the_requester_each_time()
    {
        await using var host = await RequestsHost.StartAsync();
        var request = await IntakeSteps.FileAsync(host, TestPerson.Erika, "Beratung zum Verwendungsnachweis 2026");
        var number = request.Number.ToString();
        var inChannel = host.Channel(TestPerson.Anna, conversationType: "channel", conversationId: LksThread);

        var claimed = await host.TextOfTurnAsync(inChannel, ActivityAssert.Submit("requests.claim", ("number", number)));

        Assert.Contains(RequestsTexts.DoneClaimed.Format(number), claimed);
        TextAssert.Contains(RequestsTexts.RequesterNotified, claimed);
        Assert.Contains(RequestsTexts.StateInProgressBy.Format("Anna Schmidt"), ReplyText.Of(host.LksChannel.Current(request.Id)));
        Assert.Equal(["requests.answer", "requests.finish", "requests.reject"], ReplyText.Verbs(host.LksChannel.Current(request.Id)));
        Assert.Contains(RequestsTexts.UpdateClaimed.Format("Anna Schmidt"), ReplyText.Of(host.Sender.To(TestPerson.Erika.Key)[^1]));

        var form = Assert.Single(await host.TurnAsync(inChannel, ActivityAssert.Submit("requests.answer", ("number", number))));
        Assert.Equal(["number", "text"], ActivityAssert.InputIds(form));
        await host.TurnAsync(inChannel, ActivityAssert.Submit("requests.answer.submit", ("number", number), ("text", "Die Vorlage schicke ich Ihnen bis Mittwoch.")));
        var answered = ReplyText.Of(host.Sender.To(TestPerson.Erika.Key)[^1]);
        Assert.Contains(RequestsTexts.UpdateAnswered.Format("Anna Schmidt"), answered);
        Assert.Contains("Die Vorlage schicke ich Ihnen bis Mittwoch.", answered);

        await host.TurnAsync(host.Channel(TestPerson.Anna), "#1 erledigt: Vorlage verschickt, Fragen im Telefonat geklärt.");

        var finished = ReplyText.Of(host.Sender.To(TestPerson.Erika.Key)[^1]);
        TextAssert.Contains(RequestsTexts.UpdateFinishedWithAnswer, finished);
        Assert.Contains("Vorlage verschickt", finished);
        Assert.Empty(host.LksChannel.Current(request.Id).Actions);
        Assert.Equal(4, host.LksChannel.Versions(request.Id).Count);
        var details = await host.TextOfTurnAsync(host.Channel(TestPerson.Ben), "#1");
        foreach (var step in new[] { "eingegangen (Erika Musterfrau)", "übernommen (Anna Schmidt)", "beantwortet (Anna Schmidt)", "erledigt (Anna Schmidt)" })
            Assert.Contains(step, details);
        Assert.Contains(RequestsTexts.RefusedClosed.Format("UB-2026-0001", RequestsTexts.StateDone.German), await host.TextOfTurnAsync(host.Channel(TestPerson.Ben), "#1 ablehnen: doch nicht"));
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_and_the_requester_gets_it()
    {
        await using var host = await RequestsHost.StartAsync();
        await IntakeSteps.FileAsync(host, TestPerson.Erika, "Finanzierung einer Stelle über 2027 hinaus", category: "nachhaltigkeit-fortfuehrung");
        var anna = host.Channel(TestPerson.Anna);

        TextAssert.Contains(RequestsTexts.NeedReason, await host.TextOfTurnAsync(anna, "#1 ablehnen"));
        TextAssert.Contains(RequestsTexts.DoneRejected, await host.TextOfTurnAsync(anna, "#1 ablehnen: Über die Förderung ab 2028 entscheidet das Ministerium."));

        var told = ReplyText.Of(host.Sender.To(TestPerson.Erika.Key)[^1]);
        TextAssert.Contains(RequestsTexts.UpdateRejected, told);
        Assert.Contains("entscheidet das Ministerium", told);
    }

    [Fact]
    public async Task Handing_a_request_to_a_colleague_tells_the_colleague_and_the_requester()
    {
        await using var host = await RequestsHost.StartAsync();
        await IntakeSteps.FileAsync(host, TestPerson.Erika, "Pressemitteilung zur Demokratiekonferenz abstimmen", category: "oeffentlichkeitsarbeit");
        await host.TurnAsync(host.Channel(TestPerson.Ben), "Warteschlange");
        var anna = host.Channel(TestPerson.Anna);

        var unknown = await host.TextOfTurnAsync(anna, "#1 an Niemand");
        Assert.Contains(RequestsTexts.UnknownMember.Format("Niemand"), unknown);
        Assert.Contains("Ben Weber", unknown);
        Assert.Contains("Lukas Exempel", unknown);
        Assert.Contains(RequestsTexts.DoneAssigned.Format("UB-2026-0001", "Ben Weber"), await host.TextOfTurnAsync(anna, "#1 an Ben"));

        Assert.Contains(RequestsTexts.AssignedToYou.Format("Anna Schmidt", "UB-2026-0001"), ReplyText.Of(host.Sender.To(TestPerson.Ben.Key)[^1]));
        Assert.Contains(RequestsTexts.UpdateAssigned.Format("Ben Weber"), ReplyText.Of(host.Sender.To(TestPerson.Erika.Key)[^1]));
        Assert.Contains(RequestsTexts.DoneAssigned.Format("UB-2026-0001", "Lukas Exempel"), await host.TextOfTurnAsync(anna, "#1 an Lukas Exempel"));
        Assert.Contains(RequestsTexts.RefusedTaken.Format("UB-2026-0001", "Lukas Exempel"), await host.TextOfTurnAsync(host.Channel(TestPerson.Ben), "#1 übernehmen"));
    }

    [Fact]
    public async Task On_Slack_an_Entra_id_does_not_make_anyone_LKS_and_own_requests_read_as_numbered_text()
    {
        await using var host = await RequestsHost.StartAsync();
        await IntakeSteps.FileAsync(host, TestPerson.Erika, "Einarbeitung in die Förderrichtlinie");
        // LKS membership is matched on Teams identities only: Anna's Entra id on Slack is just a Slack user's claim.
        var slack = host.Channel(TestPerson.Anna, channelId: "slack");

        TextAssert.Contains(RequestsTexts.NotLks, await host.TextOfTurnAsync(slack, "UB-2026-0001"));
        Assert.Contains("1. Meine Anfragen", await host.TextOfTurnAsync(slack, "Warteschlange"));
    }

    [Fact]
    public async Task Without_consent_the_LKS_sees_neither_the_name_nor_personal_data_in_the_text()
    {
        await using var host = await RequestsHost.StartAsync();
        const string text = "Fortbildung für unser Team. Rückfragen gern an erika.musterfrau@example.org oder 0221 4710 555.";
        var hidden = await IntakeSteps.FileAsync(host, TestPerson.Erika, text, consent: false);
        var shown = await IntakeSteps.FileAsync(host, TestPerson.Carl, text.Replace("erika.musterfrau", "carl.klein").Replace("555", "666"), region: "Hamm", consent: true);
        var anna = host.Channel(TestPerson.Anna);

        var lksViews = ReplyText.Of(host.LksChannel.Current(hidden.Id)) + await host.TextOfTurnAsync(anna, "#1") + await host.TextOfTurnAsync(anna, "Warteschlange");

        Assert.DoesNotContain("erika.musterfrau@example.org", lksViews);
        Assert.DoesNotContain("4710 555", lksViews);
        Assert.DoesNotContain("Erika", lksViews);
        TextAssert.Contains(RequestsTexts.RequesterHidden, lksViews);
        Assert.Contains("erika.musterfrau@example.org", await host.TextOfTurnAsync(host.Channel(TestPerson.Erika), "#1"));
        var withConsent = ReplyText.Of(host.LksChannel.Current(shown.Id));
        Assert.Contains("Carl Klein", withConsent);
        Assert.Contains("carl.klein@example.org", withConsent);
    }

    private static List<string> Numbers(string queue) =>
        System.Text.RegularExpressions.Regex.Matches(queue, @"\*\*(#\d+)\*\* ·").Select(match => match.Groups[1].Value).ToList();
}
