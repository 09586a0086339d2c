using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Requests;

/// <summary>The race of issue 5 as a conversation: two LKS members write "#1 übernehmen" at the same moment.</summary>
public sealed class LksRaceTests
{
    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task Two_LKS_members_taking_the_same_request_at_once_one_wins_and_the_other_is_told_who_has_it(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var host = stores.Host;
        await IntakeSteps.FileAsync(host, TestPerson.Erika, "Coaching für die Steuerungsgruppe unseres Handlungskonzepts");
        var anna = host.Channel(TestPerson.Anna);
        var ben = host.Channel(TestPerson.Ben);

        var replies = await Task.WhenAll(
            Task.Run(() => host.TextOfTurnAsync(anna, "#1 übernehmen")),
            Task.Run(() => host.TextOfTurnAsync(ben, "#1 übernehmen")));

        var winner = Assert.Single(await host.AllRequestsAsync()).Assignee!.Name;
        Assert.Single(replies, reply => reply.Contains("Sie haben **UB-2026-0001** übernommen", StringComparison.Ordinal));
        Assert.Single(replies, reply => reply.Contains($"**UB-2026-0001** hat bereits **{winner}** übernommen", StringComparison.Ordinal));
        Assert.Single(host.Sender.To(TestPerson.Erika.Key), message => TextAssert.IsIn(NrwBot.Dialogs.Requests.RequestsTexts.UpdateClaimed, ReplyText.Of(message)));
    }
}
