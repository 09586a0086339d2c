using Microsoft.Bot.Schema;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Host.Proactive;

/// <summary>
/// Where a proactive message to a conversation key goes: the stored conversation, or — for a configured channel of a
/// team (<see cref="ITeamChannel"/>) that was never stored — the team's stored General channel with that channel's id.
/// Teams reports only the General channel (at installation) without a thread, so a card, a reminder or an
/// announcement for another channel of the team is addressed this way. The one lookup of every proactive path
/// (<see cref="ProactiveMessenger"/>), so request cards, network cards and plain channel messages reach the same places.
/// </summary>
public sealed class ChannelReferences(ConversationStore conversations, IEnumerable<ITeamChannel> channels)
{
    private static readonly string ChannelPrefix = ConversationKeys.ForConversation("");

    public async Task<ConversationReference?> FindAsync(string key, CancellationToken cancellationToken)
    {
        if (await conversations.FindAsync(key, cancellationToken) is { } stored) return stored;
        if (!key.StartsWith(ChannelPrefix, StringComparison.Ordinal) || TeamOf(key) is not { } teamId) return null;
        if (await conversations.FindAsync(ConversationKeys.ForConversation(teamId), cancellationToken) is not { } team) return null;
        team.Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: key[ChannelPrefix.Length..])
        {
            TenantId = team.Conversation?.TenantId,
        };
        team.ActivityId = null;
        return team;
    }

    /// <summary>The team of a configured channel; null for any other key (only configured channels borrow a team's address).</summary>
    private string? TeamOf(string key) =>
        channels.Where(channel => channel.ChannelKey == key && !string.IsNullOrWhiteSpace(channel.TeamId)).Select(channel => channel.TeamId!.Trim()).FirstOrDefault();
}
