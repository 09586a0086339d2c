namespace NrwBot.Host.Data;

/// <summary>
/// An incoming activity the bot has taken on (table processed_activities), so a redelivery of the same activity id
/// in the same conversation does nothing twice. <see cref="Replies"/> holds what the turn answered (null while it
/// runs); a redelivery gets that answer again. Rows older than <see cref="ActivityClaims.Retention"/> are removed.
/// </summary>
public sealed class ProcessedActivityRecord
{
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    public required string ActivityId { get; set; }
    public DateTime ClaimedAt { get; set; }

    /// <summary>The activities the turn sent, as JSON; null while the turn runs.</summary>
    public string? Replies { get; set; }
}
