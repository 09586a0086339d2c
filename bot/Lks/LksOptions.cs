using NrwBot.Dialogs.Conversation;

namespace NrwBot.Host.Lks;

/// <summary>Section "Lks": who works for the LKS and where its request cards go.</summary>
public sealed class LksOptions
{
    public const string Section = "Lks";

    /// <summary>Entra object ids (aadObjectId) of LKS staff; Teams user ids ("29:…") work as well.</summary>
    public List<string> Members { get; set; } = [];

    /// <summary>
    /// Entra object ids of the LKS lead (Leitung): they count as LKS, may set or end another member's absence and
    /// read the text of confidential requests (in a personal chat).
    /// </summary>
    public List<string> LeadMembers { get; set; } = [];

    /// <summary>The LKS team's id (channelData.team.id, "19:…@thread.tacv2"): its members count as LKS too.</summary>
    public string? TeamId { get; set; }

    /// <summary>
    /// Where request cards are posted: a key of the stored conversations ("conversation:19:…@thread.tacv2").
    /// Empty with a <see cref="TeamId"/>: the team's General channel, whose conversation id is the team id.
    /// </summary>
    public string? ChannelConversationKey { get; set; }

    /// <summary>How long the team roster is trusted before it is fetched again.</summary>
    public TimeSpan RosterCacheDuration { get; set; } = TimeSpan.FromMinutes(10);

    public string? ChannelKey =>
        !string.IsNullOrWhiteSpace(ChannelConversationKey) ? ChannelConversationKey
        : !string.IsNullOrWhiteSpace(TeamId) ? ConversationKeys.ForConversation(TeamId)
        : null;
}
