using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Requests;
using NrwBot.Dialogs.Requests.Queue;
using NrwBot.Host.Lks;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Requests;

/// <summary>
/// Issue 15, proposed holder: the LKS card of a new request proposes the LKS person the contact directory names for
/// the category's topic (Fortbildung → Mehmet Muster in the sample directory); one click accepts it: by that person it
/// is their „Übernehmen“, by anyone else it hands the request to them.
/// </summary>
public sealed class ProposedHolderTests
{
    private static readonly TestPerson Mehmet = new("29:user-mehmet", "Mehmet Muster", "aad-mehmet-lks");

    [Fact]
    public async Task A_colleague_accepting_the_proposal_hands_the_request_to_the_proposed_person_once()
    {
        await using var host = await RequestsHost.StartAsync();
        var request = await IntakeSteps.FileAsync(host, TestPerson.Erika, "Fortbildung für Ehrenamtliche in der Flüchtlingshilfe");
        var card = host.LksChannel.Current(request.Id);
        // A fresh activity per click: a reused one would be a redelivery of the first.
        Microsoft.Bot.Schema.Activity Accept() => ActivityAssert.Submit(AcceptProposal.Verb, (LksCards.NumberKey, request.Number.ToString()));

        var forged = await host.TextOfTurnAsync(host.Channel(TestPerson.Carl), Accept());
        var stillNew = (await host.Store.FindAsync(request.Number, CancellationToken.None))!;
        var accepted = await host.TextOfTurnAsync(host.Channel(TestPerson.Ben), Accept());
        var again = await host.TextOfTurnAsync(host.Channel(TestPerson.Anna), Accept());
        var after = (await host.Store.FindAsync(request.Number, CancellationToken.None))!;

        Assert.Contains(card.Facts, fact => fact.Label == RequestsTexts.FactProposal.German && fact.Value.StartsWith("Mehmet Muster", StringComparison.Ordinal));
        Assert.Contains(card.Actions, action => action.Verb == AcceptProposal.Verb && action.Label == RequestsTexts.ButtonAcceptProposal.Format("Mehmet Muster"));
        TextAssert.Contains(RequestsTexts.NotLks, forged);
        Assert.Equal(RequestState.New, stillNew.State);
        TextAssert.Contains(RequestsTexts.DoneAssigned, accepted);
        Assert.Equal((RequestState.InProgress, "Mehmet Muster"), (after.State, after.Assignee!.Name));
        TextAssert.Contains(RequestsTexts.NoProposal, again);
        Assert.DoesNotContain(host.LksChannel.Current(request.Id).Actions, action => action.Verb == AcceptProposal.Verb);
        Assert.Single(await host.Store.HistoryAsync(request.Id, CancellationToken.None), entry => entry.Kind == TransitionKind.Assigned);
    }

    [Fact]
    public async Task The_proposed_person_accepting_takes_the_request_themselves()
    {
        await using var host = await RequestsHost.StartAsync(replaceServices: services =>
            services.Configure<LksOptions>(options => options.Members.Add(Mehmet.AadObjectId)));
        var request = await IntakeSteps.FileAsync(host, TestPerson.Erika, "Fortbildung für Ehrenamtliche in der Flüchtlingshilfe");

        var accepted = await host.TextOfTurnAsync(host.Channel(Mehmet), ActivityAssert.Submit(AcceptProposal.Verb, (LksCards.NumberKey, request.Number.ToString())));
        var after = (await host.Store.FindAsync(request.Number, CancellationToken.None))!;

        Assert.Contains(RequestsTexts.DoneClaimed.Format(request.Number), accepted);
        Assert.Equal(Mehmet.Key, after.Assignee!.Key);
        Assert.Contains(await host.Store.HistoryAsync(request.Id, CancellationToken.None), entry => entry.Kind == TransitionKind.Claimed);
    }
}
