namespace NrwBot.Host.Outbox;

/// <summary>
/// Section "Outbox": how fast the worker may write to Teams. The defaults stay below Teams' documented limits for a
/// bot (per conversation 7 messages per second and 60 per 30 seconds; per bot and tenant about 50 per second).
/// </summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Off only for tools that must not send (the tests switch it off to observe the queue).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Messages per second for the whole bot (all conversations, this instance).</summary>
    public double MessagesPerSecond { get; set; } = 30;

    /// <summary>Messages per second into one conversation.</summary>
    public double PerConversationPerSecond { get; set; } = 1;

    /// <summary>Rows one pass leases at once; also how many deliveries run in parallel.</summary>
    public int BatchSize { get; set; } = 50;

    public int Parallelism { get; set; } = 8;

    /// <summary>How long a lease lasts: another instance takes the row over only after it expired.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often an idle worker looks for new rows (a local enqueue wakes it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>First wait after a 5xx or network failure; doubles per failure up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Used when a 429 carries no Retry-After.</summary>
    public TimeSpan DefaultRetryAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A message still not delivered after this long is given up (and recorded): news that old helps nobody.</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromDays(3);

    /// <summary>/healthz/ready reports Degraded when the oldest queued message has waited longer than this.</summary>
    public TimeSpan BacklogAlert { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A row written in the change's transaction without its card (rendered on delivery) waits this long for the card
    /// the feature puts in right after commit; only when the process died in between is it rendered from the store.
    /// </summary>
    public TimeSpan RenderGrace { get; set; } = TimeSpan.FromSeconds(10);
}
