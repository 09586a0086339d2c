using NrwBot.Dialogs.Conversation;
using NrwBot.Host.Proactive;

namespace NrwBot.Host.Outbox;

/// <summary>
/// The features' <see cref="IProactiveSender"/>: every message goes through the outbox, so it survives a restart and
/// keeps to Teams' limits, and the caller's turn does not wait for the channel. A conversation the bot never saw is
/// answered at once (UnknownTarget), so a feature can tell its user that nobody will be reached.
/// </summary>
public sealed class OutboxSender(OutboxWriter outbox, ChannelReferences references) : IProactiveSender
{
    public Task<ProactiveResult> SendToUserAsync(string userKey, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
        QueueAsync(userKey, replies, cancellationToken);

    public Task<ProactiveResult> SendToConversationAsync(string conversationKey, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
        QueueAsync(conversationKey, replies, cancellationToken);

    private async Task<ProactiveResult> QueueAsync(string key, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        if (await references.FindAsync(key, cancellationToken) is null) return new ProactiveResult(ProactiveStatus.UnknownTarget, key);
        await outbox.EnqueueAsync(new OutboxMessage(OutboxKinds.Message, key, replies), cancellationToken);
        return new ProactiveResult(ProactiveStatus.Queued);
    }
}
