using NrwBot.Dialogs.Conversation;

namespace NrwBot.Host.Outbox;

/// <summary>Delivers the rows of one <see cref="OutboxKinds"/> kind; talks to the channel only through the ProactiveMessenger.</summary>
public interface IOutboxHandler
{
    string Kind { get; }

    Task<ProactiveResult> DeliverAsync(OutboxRecord record, CancellationToken cancellationToken);
}
