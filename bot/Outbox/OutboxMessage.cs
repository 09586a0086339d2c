using NrwBot.Dialogs.Conversation;

namespace NrwBot.Host.Outbox;

/// <summary>What a sender hands to the <see cref="Outbox"/>: a target, the replies (null: rendered on delivery) and optional keys.</summary>
public sealed record OutboxMessage(string Kind, string TargetKey, IReadOnlyList<Reply>? Replies)
{
    public string? Subject { get; init; }

    /// <summary>Same key, same message: enqueued once however often it is offered.</summary>
    public string? DedupKey { get; init; }

    public string? BatchId { get; init; }
}
