using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Contacts;

/// <summary>
/// Another place where people who can help are kept (the Kompetenzpool): asked by the peer search together with the
/// directory, so „Wer kennt sich mit … aus?“ gives one list, nearest first.
/// </summary>
public interface IPeerSource
{
    Task<IReadOnlyList<NetworkPeer>> FindAsync(PeerQuery query, CancellationToken cancellationToken);
}

/// <summary>What was asked: the directory topic (if one was named), the whole text, and the place seen from.</summary>
public sealed record PeerQuery(Topic? Topic, string Text, Place? Home);

/// <summary>A person a peer source found: one line on the list, a button to their card, and an e-mail address if they gave one.</summary>
public sealed record NetworkPeer(string Name, string RegionName, string Regierungsbezirk, Nearness? Nearness, string Summary, ReplyAction Show)
{
    public string? Email { get; init; }
}
