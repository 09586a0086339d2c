using NrwBot.Dialogs.Conversation;

namespace NrwBot.Host.Outbox;

/// <summary>What a sender hands to the <see cref="Outbox"/>: a target, the replies (null: rendered on delivery) and optional keys.</summary>
public sealed record OutboxMessage(string Kind, string TargetKey, IReadOnlyList<Reply>? Replies)
{
    public string? Subject { get; init; }

    /// <summary>Same key, same message: enqueued once however often it is offered.</summary>
    public string? DedupKey { get; init; }

    public string? BatchId { get; init; }

    /// <summary>
    /// Without replies, the handler renders the message from the store alone (no card of the feature follows the
    /// commit): due at once instead of after <see cref="OutboxOptions.RenderGrace"/>.
    /// </summary>
    public bool RenderedOnDelivery { get; init; }
}
