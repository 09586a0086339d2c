using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Lks;

namespace NrwBot.Dialogs.Requests.Queue;

/// <summary>
/// Tells everyone about a change: the LKS channel card is replaced, the requester gets a message (with the
/// answer where there is one), and a colleague a request was handed to hears about it. A reopened request's
/// card changes and whoever had it is told; an internal note tells nobody.
/// </summary>
public sealed class RequestNotifier(ILksChannel channel, IProactiveSender sender, LksCards lksCards, RequesterCards requesterCards, IRequestStore store,
    LksAbsences absences)
{
    /// <summary>Posts the new card, and refreshes the cards of the open requests it is linked with so they show the link too.</summary>
    public async Task CreatedAsync(SupportRequest request, CancellationToken cancellationToken)
    {
        await channel.ShowAsync(request.Id, lksCards.Card(request), cancellationToken);
        foreach (var number in request.Links)
        {
            SupportRequest? linked;
            try
            {
                linked = await store.FindAsync(number, cancellationToken);
            }
            catch (RequestStoreException)
            {
                continue; // the link shows on that card at its next change
            }
            if (linked is not null) await channel.ShowAsync(linked.Id, lksCards.Card(linked), cancellationToken);
        }
    }

    /// <summary>An internal note or a rating changes nothing anyone sees outside the LKS history: nobody is told.</summary>
    public async Task<ProactiveResult?> ChangedAsync(SupportRequest request, RequestTransition transition, CancellationToken cancellationToken)
    {
        if (transition.Kind is TransitionKind.Noted or TransitionKind.Rated) return null;
        var away = await AwayAsync(cancellationToken);
        await channel.ShowAsync(request.Id, lksCards.Card(request, away: away), cancellationToken);
        // The requester reopened it themselves and reads the confirmation in their chat; whoever had it hears of it (their substitute while away).
        if (transition.Kind == TransitionKind.Reopened)
        {
            if (request.Assignee is { } handler && LksAbsences.StandIn(away ?? [], handler).Key is { } handlerKey)
                await sender.SendToUserAsync(handlerKey, [lksCards.Reopened(request, transition)], cancellationToken);
            return null;
        }
        if (transition.Kind == TransitionKind.Assigned && request.Assignee?.Key is { } assigneeKey && !request.Assignee.IsSamePerson(transition.Actor))
            await sender.SendToUserAsync(assigneeKey, [lksCards.AssignedToYou(request, transition.Actor)], cancellationToken);
        if (request.RequesterKey is null) return null;
        return await sender.SendToUserAsync(request.RequesterKey, [requesterCards.Update(request, transition)], cancellationToken);
    }

    /// <summary>The absences for the holder shown on the card; a card without them is better than no card.</summary>
    private async Task<IReadOnlyList<LksAbsence>?> AwayAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await absences.CurrentAsync(cancellationToken);
        }
        catch (RequestStoreException)
        {
            return null;
        }
    }

    /// <summary>The requester deleted their data while the request was open: the card says so.</summary>
    public Task RemovedAsync(SupportRequest request, CancellationToken cancellationToken) =>
        channel.ShowAsync(request.Id, lksCards.Removed(request), cancellationToken);
}
