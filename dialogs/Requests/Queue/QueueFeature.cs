using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Lks;

namespace NrwBot.Dialogs.Requests.Queue;

/// <summary>
/// Reading the queue: "Warteschlange" with filters and "#42" for the LKS; "Meine Anfragen" and "#42" of one's
/// own request for everyone. Others asking for LKS views get a polite refusal.
/// </summary>
public sealed class QueueFeature(IRequestStore store, ILksMembership lks, RequestLookup lookup, LksCards lksCards, RequesterCards requesterCards, QueueFilterParser filters,
    ServiceLevels.ServiceLevels serviceLevels, LksAbsences absences)
{
    public const string QueueVerb = "requests.queue";
    public const string ShowVerb = "requests.show";
    public const string MineVerb = "requests.mine";

    public Task QueueAsync(FeatureTurn turn, CancellationToken cancellationToken) => ListAsync(turn, "", cancellationToken);

    public Task FilteredQueueAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) =>
        ListAsync(turn, match.Groups["filter"].Value, cancellationToken);

    public Task ShowAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) =>
        GuardAsync(turn, async () => await ShowAsync(turn, await lookup.FindAsync(match, cancellationToken), cancellationToken));

    public Task ShowVerbAsync(FeatureTurn turn, CancellationToken cancellationToken) =>
        GuardAsync(turn, async () => await ShowAsync(turn, await lookup.FindAsync(turn, cancellationToken), cancellationToken));

    public Task MineAsync(FeatureTurn turn, CancellationToken cancellationToken) => GuardAsync(turn, async () =>
    {
        if (!IsPersonal(turn)) return;
        var mine = await store.ListAsync(new RequestFilter { RequesterKey = ConversationKeys.ForUser(turn.Input.User) }, cancellationToken);
        turn.Send(requesterCards.List(mine.OrderByDescending(request => request.CreatedAt).ToList(), turn.Input.PrefersEnglish));
    });

    /// <summary>Behind the LKS route guard (see <see cref="RequestsRoutes"/>).</summary>
    private Task ListAsync(FeatureTurn turn, string filterText, CancellationToken cancellationToken) => GuardAsync(turn, async () =>
    {
        var parsed = filters.Parse(filterText, ConversationKeys.ForUser(turn.Input.User), turn.Now);
        if (parsed.NotUnderstood is { } unknown) turn.Send(RequestsTexts.QueueUnknownFilter.Format(SafeText.Escape(unknown)));
        var requests = await store.ListAsync(parsed.Filter, cancellationToken);
        // What is due first comes first (the service levels), urgent before normal on the same day, then the longest waiting.
        var ordered = requests.Where(request => !parsed.OverdueOnly || serviceLevels.IsOverdue(request, turn.Now))
            .OrderBy(request => request.IsOpen ? serviceLevels.DueDate(request) : DateOnly.MaxValue)
            .ThenByDescending(request => request.Urgency == Urgency.Urgent).ThenBy(request => request.CreatedAt).ToList();
        turn.Send(lksCards.Queue(ordered, parsed.Description, await absences.CurrentAsync(cancellationToken), ReadsConfidential(turn)));
    });

    /// <summary>The LKS sees the card with its history; a requester sees their own request; others learn nothing about it.</summary>
    private async Task ShowAsync(FeatureTurn turn, (SupportRequest? Request, string Named) found, CancellationToken cancellationToken)
    {
        var request = found.Request;
        var own = request is not null && request.RequesterKey == ConversationKeys.ForUser(turn.Input.User);
        // The requester's own request needs no LKS rights (only a personal chat, below); everything else does.
        var isLks = !own ? await lks.GrantsAsync(turn, cancellationToken, Refuse) : await lks.AccessAsync(turn.Input, cancellationToken) == LksAccess.Granted;
        if (!isLks && !own) return;
        if (request is null) { turn.Send(RequestsTexts.NotFound.Format(found.Named)); return; }
        if (!isLks && !IsPersonal(turn)) return;
        var history = await store.HistoryAsync(request.Id, cancellationToken);
        turn.Send(isLks ? lksCards.Card(request, history, await absences.CurrentAsync(cancellationToken), ReadsConfidential(turn)) : requesterCards.Details(request, history, turn.Input.PrefersEnglish || request.IsEnglish));
    }

    /// <summary>Confidential texts: for the LKS lead, and only in the personal chat (in a channel the whole team reads along).</summary>
    private bool ReadsConfidential(FeatureTurn turn) => lks.IsLead(turn.Input.User) && turn.Input.ConversationKind == ConversationKind.Personal;

    /// <summary>A requester's own requests and data stay out of channels and group chats, where others read along.</summary>
    internal static bool IsPersonal(FeatureTurn turn)
    {
        if (turn.Input.ConversationKind == ConversationKind.Personal) return true;
        turn.Send(RequestsTexts.PersonalOnly.In(turn.Input.PrefersEnglish));
        return false;
    }

    internal static void Refuse(FeatureTurn turn) =>
        turn.Send(new Reply
        {
            Text = RequestsTexts.NotLks.In(turn.Input.PrefersEnglish),
            Actions = [new(RequestsTexts.MyRequestsButton.In(turn.Input.PrefersEnglish), MineVerb)],
        });

    internal static async Task GuardAsync(FeatureTurn turn, Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (RequestStoreException)
        {
            turn.Send(RequestsTexts.StoreError.In(turn.Input.PrefersEnglish));
        }
    }
}
