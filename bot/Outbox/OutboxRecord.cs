namespace NrwBot.Host.Outbox;

/// <summary>
/// One message that must reach someone (table outbox). Written in the transaction of the change that causes it
/// (or right after it), delivered by <see cref="OutboxWorker"/>. Times are Unix milliseconds, so both databases
/// compare them in SQL.
/// </summary>
public sealed class OutboxRecord
{
    public const int Pending = 0;
    public const int Sent = 1;
    public const int GivenUp = 2;

    public long Id { get; set; }

    /// <summary>Which <see cref="IOutboxHandler"/> delivers it: <see cref="OutboxKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The conversation key (<c>user:…</c> or <c>conversation:…</c>) it goes to.</summary>
    public required string TargetKey { get; set; }

    /// <summary>What the handler needs beyond the payload, e.g. the request id of a channel card.</summary>
    public string? Subject { get; set; }

    /// <summary>Unique when set: a second enqueue of the same message (a retry, a second instance) adds nothing.</summary>
    public string? DedupKey { get; set; }

    /// <summary>The replies as JSON; null means "render when delivered" (a card that shows the current state).</summary>
    public string? Payload { get; set; }

    /// <summary>Messages sent together (a question to many): the sender's card counts them by this.</summary>
    public string? BatchId { get; set; }

    public int State { get; set; }
    public int Attempts { get; set; }
    public long NextAttemptAt { get; set; }
    public long? LeaseUntil { get; set; }
    public string? LeaseOwner { get; set; }

    /// <summary>The channel's last answer that was not a success (429, 503, 403 …), for /healthz and the log.</summary>
    public int? LastStatus { get; set; }
    public string? LastError { get; set; }
    public long CreatedAt { get; set; }
    public long? SentAt { get; set; }
}
