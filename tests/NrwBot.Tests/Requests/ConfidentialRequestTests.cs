using NrwBot.Dialogs.Requests;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Requests;

/// <summary>
/// Issue 15, confidential requests: Erika marks hers *vertraulich* in the intake form. Only the LKS lead (Anna, in her
/// personal chat) reads its text; Ben (LKS, not lead), Carl (no LKS), the LKS channel card and the digest see number,
/// category and region at most; Erika sees her own words under „Meine Daten“ and „#1“.
/// </summary>
public sealed class ConfidentialRequestTests
{
    private const string Secret = "Zebrastreifen";
    private const string Words = "Konflikt im Team wegen Zebrastreifen-Projekt, bitte diskret behandeln";

    [Fact]
    public async Task Nobody_but_the_lead_and_the_requester_reads_the_text_of_a_confidential_request()
    {
        await using var host = await RequestsHost.StartAsync();
        var erika = host.Channel(TestPerson.Erika);
        var summary = await host.TextOfTurnAsync(erika, ActivityAssert.Submit("intake.submit", ("category", IntakeSteps.Fortbildung), ("description", Words),
            ("region", "Kreis Düren"), ("urgency", "normal"), ("date", ""), ("consent", "true"), ("confidential", "true")));
        await host.TurnAsync(erika, IntakeSteps.Confirm());
        var request = Assert.Single(await host.AllRequestsAsync());
        var (anna, ben, carl) = (host.Channel(TestPerson.Anna), host.Channel(TestPerson.Ben), host.Channel(TestPerson.Carl));
        await host.TurnAsync(anna, "#1 notiz: " + Secret + " mit der Büroleitung klären");
        await host.TurnAsync(ben, "#1 übernehmen");

        var channelCard = ReplyText.Of(host.LksChannel.Current(request.Id));
        var benCard = await host.TextOfTurnAsync(ben, "#1");
        var benQueue = await host.TextOfTurnAsync(ben, "Warteschlange");
        var carlCard = await host.TextOfTurnAsync(carl, "#1");
        var leadInChannel = await host.TextOfTurnAsync(host.Channel(TestPerson.Anna, conversationType: "channel", conversationId: RequestActivities.TeamId), "#1");
        var digest = await host.TextOfTurnAsync(anna, "Digest letzte 30 Tage");
        var leadCard = await host.TextOfTurnAsync(anna, "#1");
        var leadQueue = await host.TextOfTurnAsync(anna, "Warteschlange");
        var erikaData = await host.TextOfTurnAsync(erika, "Meine Daten");
        var erikaCard = await host.TextOfTurnAsync(erika, "#1");

        Assert.True(request.Confidential);
        TextAssert.Contains(RequestsTexts.SummaryConfidential, summary);
        foreach (var (who, seen) in new[] { ("channel card", channelCard), ("Ben's card", benCard), ("Ben's queue", benQueue), ("Carl", carlCard),
                     ("the lead in the channel", leadInChannel), ("digest", digest) })
        {
            Assert.False(seen.Contains(Secret, StringComparison.Ordinal), $"{who} shows the confidential text:\n{seen}");
            Assert.False(seen.Contains("Erika", StringComparison.Ordinal), $"{who} names the requester:\n{seen}");
        }
        foreach (var shown in new[] { channelCard, benCard })
        {
            Assert.Contains(request.Number.ToString(), shown);
            Assert.Contains("Fortbildung & Coaching", shown);
            Assert.Contains("Kreis Düren", shown);
            Assert.Contains(RequestsTexts.ConfidentialMark.German, shown);
        }
        TextAssert.Contains(RequestsTexts.NotLks, carlCard);
        Assert.Contains("Fortbildung & Coaching", digest.Replace("\\&", "&")); // counted, without text
        Assert.Contains(Secret, leadCard);
        Assert.Contains("Erika Musterfrau", leadCard);
        Assert.Contains(Secret, leadQueue);
        Assert.Contains(Secret, erikaData);
        Assert.Contains(Secret, erikaCard);
        Assert.DoesNotContain(host.Sender.Sent, sent => sent.Key != TestPerson.Erika.Key && ReplyText.Of(sent.Reply).Contains(Secret, StringComparison.Ordinal));
    }
}
