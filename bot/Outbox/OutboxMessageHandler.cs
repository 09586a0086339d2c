using NrwBot.Dialogs.Conversation;
using NrwBot.Host.Proactive;

namespace NrwBot.Host.Outbox;

/// <summary>Delivers <see cref="OutboxKinds.Message"/> rows: the stored replies into the stored conversation.</summary>
public sealed class OutboxMessageHandler(ProactiveMessenger messenger) : IOutboxHandler
{
    public string Kind => OutboxKinds.Message;

    public Task<ProactiveResult> DeliverAsync(OutboxRecord record, CancellationToken cancellationToken) =>
        record.Payload is null
            ? Task.FromResult(new ProactiveResult(ProactiveStatus.Failed, "no payload"))
            : messenger.SendToConversationAsync(record.TargetKey, OutboxWriter.Deserialize(record.Payload), cancellationToken);
}
