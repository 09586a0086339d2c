using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Requests.Queue;

/// <summary>
/// „Vorschlag: an Name“ on an LKS card: accepts the proposed holder of <see cref="Number"/>. The person is worked out
/// again when clicked (<see cref="HolderProposal"/>), never read from the card, so a forged card cannot name anyone.
/// </summary>
public sealed record AcceptProposal(RequestNumber Number) : ICardAction<AcceptProposal>
{
    public static string Verb => "requests.proposal.accept";

    public static AcceptProposal? Bind(IReadOnlyDictionary<string, string> values) =>
        RequestLookup.NumberOf(values) is { } number ? new AcceptProposal(number) : null;

    public IReadOnlyDictionary<string, string> Data => RequestLookup.DataOf(Number);
}
