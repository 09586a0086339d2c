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

public enum ProactiveStatus { Sent, UnknownTarget, Refused, Failed }

public sealed record ProactiveResult(ProactiveStatus Status, string? Detail = null)
{
    public bool Sent => Status == ProactiveStatus.Sent;
}
