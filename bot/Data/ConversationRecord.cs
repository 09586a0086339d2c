namespace NrwBot.Host.Data;

/// <summary>
/// A conversation the bot has seen, kept so it can write there later (request status, digests, reminders).
/// Personal chats are keyed by user, team channels by conversation.
/// </summary>
public sealed class ConversationRecord
{
    /// <summary>"user:{aad object id or channel user id}" or "conversation:{conversation id}".</summary>
    public required string Key { get; set; }
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    public string? TeamId { get; set; }
    public string? UserId { get; set; }
    public string? AadObjectId { get; set; }

    /// <summary>The serialized ConversationReference.</summary>
    public required string Reference { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Set when the channel refused a proactive message (403/404: bot removed, user gone).</summary>
    public int? LastFailureStatus { get; set; }
    public DateTimeOffset? LastFailureAt { get; set; }
}
