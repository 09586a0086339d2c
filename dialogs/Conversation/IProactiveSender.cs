namespace NrwBot.Dialogs.Conversation;

/// <summary>
/// Writes to a user or a conversation later, outside a turn (request status, digests, reminders).
/// Never throws for a channel's refusal: the result says what happened, and the host records it.
/// </summary>
public interface IProactiveSender
{
    /// <summary>Into the personal chat with the user (<see cref="ConversationKeys.ForUser"/>).</summary>
    Task<ProactiveResult> SendToUserAsync(string userKey, IReadOnlyList<Reply> replies, CancellationToken cancellationToken);

    /// <summary>Into a stored team channel or group chat (<see cref="ConversationKeys.ForConversation"/>).</summary>
    Task<ProactiveResult> SendToConversationAsync(string conversationKey, IReadOnlyList<Reply> replies, CancellationToken cancellationToken);
}

/// <summary>
/// Sent: the channel took it. Queued: stored in the outbox, a worker delivers it. Throttled: the channel said 429
/// (see <see cref="ProactiveResult.RetryAfter"/>). Failed: anything transient (5xx, network); Refused: 403/404.
/// </summary>
public enum ProactiveStatus { Sent, UnknownTarget, Refused, Failed, Queued, Throttled }

public sealed record ProactiveResult(ProactiveStatus Status, string? Detail = null)
{
    public bool Sent => Status == ProactiveStatus.Sent;

    /// <summary>Sent, or safely queued for delivery: the caller may tell the user it is on its way.</summary>
    public bool Accepted => Status is ProactiveStatus.Sent or ProactiveStatus.Queued;

    /// <summary>For <see cref="ProactiveStatus.Throttled"/>: how long the channel asked to wait (Retry-After).</summary>
    public TimeSpan? RetryAfter { get; init; }
}
