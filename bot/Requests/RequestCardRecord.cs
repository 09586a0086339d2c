namespace NrwBot.Host.Requests;

/// <summary>Where a request's card sits in the LKS channel, so each change replaces it (table support_request_cards).</summary>
public sealed class RequestCardRecord
{
    public long RequestId { get; set; }
    public required string ConversationKey { get; set; }
    public required string ActivityId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
