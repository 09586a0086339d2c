using Microsoft.Bot.Schema;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Host.Proactive;

/// <summary>
/// The stored conversation of a team channel. Teams reports only the General channel (at installation) without a
/// thread; for another channel of the team the General channel's reference is reused with that channel's id.
/// Used by every feature that posts cards into a channel (the LKS requests, the network questions).
/// </summary>
public static class ChannelReferences
{
    private static readonly string ChannelPrefix = ConversationKeys.ForConversation("");

    public static async Task<ConversationReference?> FindAsync(ConversationStore conversations, string channelKey, string? teamId, CancellationToken cancellationToken)
    {
        if (await conversations.FindAsync(channelKey, cancellationToken) is { } stored) return stored;
        if (string.IsNullOrWhiteSpace(teamId) || !channelKey.StartsWith(ChannelPrefix, StringComparison.Ordinal)) return null;
        if (await conversations.FindAsync(ConversationKeys.ForConversation(teamId), cancellationToken) is not { } team) return null;
        team.Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: channelKey[ChannelPrefix.Length..])
        {
            TenantId = team.Conversation?.TenantId,
        };
        team.ActivityId = null;
        return team;
    }
}
