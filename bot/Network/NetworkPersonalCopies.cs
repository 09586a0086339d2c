using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Network;
using NrwBot.Host.Outbox;
using NrwBot.Host.Proactive;

namespace NrwBot.Host.Network;

/// <summary>
/// Delivers a network question to a colleague personally. The rows are written by the store in the question's
/// transaction (<see cref="Queue"/>) without a card; the card is rendered here from the question as stored, so a copy
/// that waited (a restart, a 429) shows the question as it is now. A question that stopped taking answers before its
/// copy left (closed, hidden, withdrawn) is not sent any more: the row is given up with the reason.
/// </summary>
public sealed class NetworkPersonalCopies(ProactiveMessenger messenger, INetworkStore store) : IOutboxHandler
{
    public const string CopyKind = "network-copy";

    public string Kind => CopyKind;

    /// <summary>One colleague's copy: dedup key per question and person, counted in the question's batch.</summary>
    public static OutboxMessage Queue(long questionId, string userKey) =>
        new(CopyKind, userKey, null)
        {
            Subject = NetworkSubjects.OfQuestion(questionId),
            DedupKey = NetworkSubjects.OfQuestion(questionId) + ":to:" + userKey,
            BatchId = NetworkSubjects.BatchOf(questionId),
            RenderedOnDelivery = true,
        };

    public async Task<ProactiveResult> DeliverAsync(OutboxRecord record, CancellationToken cancellationToken) =>
        await RenderAsync(record, cancellationToken) is { } card
            ? await messenger.SendToConversationAsync(record.TargetKey, [card], cancellationToken)
            : new ProactiveResult(ProactiveStatus.UnknownTarget, record.Subject + " takes no answers");

    /// <summary>The copy as it would leave now; null when the question takes no answers (any more).</summary>
    public async Task<Reply?> RenderAsync(OutboxRecord record, CancellationToken cancellationToken) =>
        NetworkChannelCards.QuestionId(record.Subject) is { } id && await store.FindAsync(id, cancellationToken) is { IsOpen: true } question
            ? NetworkCards.Personal(question)
            : null;
}
