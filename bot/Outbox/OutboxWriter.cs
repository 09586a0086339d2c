using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using NrwBot.Dialogs.Conversation;
using NrwBot.Host.Data;

namespace NrwBot.Host.Outbox;

/// <summary>
/// Puts messages into the outbox table. <see cref="Add"/> joins the caller's DbContext, so the message is stored in
/// the same transaction as the change that causes it; <see cref="EnqueueAsync"/> stores it on its own. A row with
/// a <see cref="OutboxMessage.DedupKey"/> that exists already is skipped (INSERT … ON CONFLICT DO NOTHING).
/// </summary>
public sealed class OutboxWriter(IDbContextFactory<NrwBotDbContext> contexts, OutboxSignal signal, IOptionsMonitor<OutboxOptions> options, TimeProvider clock)
{
    private static readonly JsonSerializerSettings Json = new() { NullValueHandling = NullValueHandling.Ignore };

    public void Add(NrwBotDbContext db, OutboxMessage message)
    {
        // No wake-up: the row is not committed yet, and a row without payload waits for its grace anyway.
        db.Add(ToRecord(message, clock.GetUtcNow().ToUnixTimeMilliseconds()));
    }

    /// <summary>After the caller's transaction with <see cref="Add"/>ed rows committed: the worker looks at once.</summary>
    public void Committed() => signal.Wake();

    public async Task EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        await EnqueueManyAsync([message], cancellationToken);

    /// <summary>Stores all messages in one transaction (a question to 120 people is queued whole or not at all).</summary>
    public async Task<int> EnqueueManyAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var added = 0;
        foreach (var chunk in messages.Chunk(500))
        {
            foreach (var record in chunk.Select(message => ToRecord(message, now)))
                added += record.DedupKey is null ? Insert(db, record) : await InsertOnceAsync(db, record, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        await transaction.CommitAsync(cancellationToken);
        signal.Wake();
        return added;
    }

    /// <summary>
    /// Replaces the payload of a card that is still waiting (a newer state supersedes the older one, so a busy
    /// request does not queue a dozen replacements); returns false when none is waiting and a new row is needed.
    /// </summary>
    public async Task<bool> TryReplacePendingAsync(string kind, string subject, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var payload = Serialize(replies);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var changed = await db.Set<OutboxRecord>()
            .Where(record => record.Kind == kind && record.Subject == subject && record.State == OutboxRecord.Pending && record.LeaseUntil == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(record => record.Payload, payload).SetProperty(record => record.NextAttemptAt, now), cancellationToken);
        if (changed > 0) signal.Wake();
        return changed > 0;
    }

    /// <summary>Deletes every message to one conversation, sent or waiting ("Meine Daten löschen" for a personal chat).</summary>
    public async Task<int> ForgetTargetAsync(string targetKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<OutboxRecord>().Where(record => record.TargetKey == targetKey).ExecuteDeleteAsync(cancellationToken);
    }

    public static string Serialize(IReadOnlyList<Reply> replies) => JsonConvert.SerializeObject(replies, Json);

    public static IReadOnlyList<Reply> Deserialize(string payload) => JsonConvert.DeserializeObject<List<Reply>>(payload, Json) ?? [];

    private static int Insert(NrwBotDbContext db, OutboxRecord record)
    {
        db.Add(record);
        return 1;
    }

    private static async Task<int> InsertOnceAsync(NrwBotDbContext db, OutboxRecord record, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO outbox (kind, target_key, subject, dedup_key, payload, batch_id, state, attempts, next_attempt_at, created_at)
            VALUES ({record.Kind}, {record.TargetKey}, {record.Subject}, {record.DedupKey}, {record.Payload}, {record.BatchId}, {OutboxRecord.Pending}, {0}, {record.NextAttemptAt}, {record.CreatedAt})
            ON CONFLICT (dedup_key) DO NOTHING
            """, cancellationToken);

    private OutboxRecord ToRecord(OutboxMessage message, long now) => new()
    {
        Kind = message.Kind,
        TargetKey = message.TargetKey,
        Subject = message.Subject,
        DedupKey = message.DedupKey,
        Payload = message.Replies is null ? null : Serialize(message.Replies),
        BatchId = message.BatchId,
        State = OutboxRecord.Pending,
        NextAttemptAt = message.Replies is null && !message.RenderedOnDelivery ? now + (long)options.CurrentValue.RenderGrace.TotalMilliseconds : now,
        CreatedAt = now,
    };
}
