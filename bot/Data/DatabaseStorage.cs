using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Telemetry;

namespace NrwBot.Host.Data;

/// <summary>
/// The Bot Framework's <see cref="IStorage"/> on the bot's database, backing ConversationState and UserState.
/// Contract (as the SDK's storages): unknown keys read as nothing; a write without eTag or with "*"
/// overwrites; a write with a stale eTag throws "Etag conflict…" and changes nothing; deleting unknown keys
/// is fine; keys may hold any characters.
/// </summary>
public sealed class DatabaseStorage(IDbContextFactory<NrwBotDbContext> contexts, GroupCommit commits, TimeProvider clock) : IStorage
{
    // Every turn reads its states one key at a time (BotState.LoadAsync): a compiled query saves EF Core's
    // query pipeline on that hot path (measured: about half the time of a read on SQLite). Per instance, not
    // static: a compiled query belongs to one model, and one process may hold a SQLite and a PostgreSQL host.
    private readonly Func<NrwBotDbContext, string, CancellationToken, Task<BotStateRecord?>> _readOne =
        EF.CompileAsyncQuery((NrwBotDbContext db, string key, CancellationToken _) => db.BotState.AsNoTracking().FirstOrDefault(record => record.Key == key));

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>();
        if (keys.Length == 0) return result;
        using var span = NrwTelemetry.Source.StartActivity("storage.read");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = keys.Length == 1
            ? await _readOne(db, keys[0], cancellationToken) is { } single ? [single] : []
            : await db.BotState.AsNoTracking().Where(record => keys.Contains(record.Key)).ToListAsync(cancellationToken);
        foreach (var record in records)
        {
            var value = StateSerializer.Deserialize(record.Document);
            if (value is null) continue;
            if (value is IStoreItem item) item.ETag = record.ETag;
            result[record.Key] = value;
        }
        return result;
    }

    /// <summary>
    /// Writes the turn's changed states through <see cref="GroupCommit"/>: the states of concurrent turns are saved in
    /// one transaction (a turn that asks a question or presses a button changes its conversation state every time).
    /// All keys of one call are one write, so they are committed together or not at all; a stale eTag fails only that
    /// write (the batch is then run again write by write).
    /// </summary>
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0) return;
        using var span = NrwTelemetry.Source.StartActivity("storage.write");
        var writes = changes.Select(change => new StateWrite(change.Key, StateSerializer.Serialize(change.Value),
            (change.Value as IStoreItem)?.ETag is { } eTag && eTag != "*" ? eTag : null, Guid.NewGuid().ToString("N"))).ToList();
        await commits.WriteAsync(async (db, token) =>
        {
            foreach (var write in writes) await WriteOneAsync(db, write.Key, write.Document, write.ExpectedETag, write.NewETag, token);
            return writes.Count;
        }, cancellationToken);
        foreach (var write in writes)
            if (changes[write.Key] is IStoreItem item) item.ETag = write.NewETag;
    }

    private sealed record StateWrite(string Key, string Document, string? ExpectedETag, string NewETag);

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0) return;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.BotState.Where(record => keys.Contains(record.Key)).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Deletes every state row of one channel user ("Meine Daten löschen"): their user state and their state in every
    /// conversation, personal or shared. The keys are the SDK's: "{channel}/users/{user}" (UserState) and
    /// "{channel}/conversations/{conversation}/users/{user}" (PrivateConversationState).
    /// </summary>
    public async Task<int> ForgetUserAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        if (channelId.Length == 0 || userId.Length == 0) return 0;
        var userKey = $"{channelId}/users/{userId}";
        var conversations = $"{channelId}/conversations/";
        var suffix = $"/users/{userId}";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.BotState
            .Where(record => record.Key == userKey || (record.Key.StartsWith(conversations) && record.Key.EndsWith(suffix)))
            .ExecuteDeleteAsync(cancellationToken);
    }

    private async Task WriteOneAsync(NrwBotDbContext db, string key, string document, string? expectedETag, string newETag, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = expectedETag is null
            ? db.BotState.Where(record => record.Key == key)
            : db.BotState.Where(record => record.Key == key && record.ETag == expectedETag);
        if (await OverwriteAsync(rows, document, newETag, now, cancellationToken) > 0) return;
        if (expectedETag is not null && await db.BotState.AnyAsync(record => record.Key == key, cancellationToken))
            throw new InvalidOperationException($"Etag conflict.\r\n\r\nOriginal: {expectedETag}\r\nKey: {key}");
        try
        {
            db.BotState.Add(new BotStateRecord { Key = key, Document = document, ETag = newETag, UpdatedAt = now });
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (expectedETag is null)
        {
            // Another writer inserted the key between our update and insert: overwrite it, as "*" asks.
            db.ChangeTracker.Clear();
            await OverwriteAsync(rows, document, newETag, now, cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static Task<int> OverwriteAsync(IQueryable<BotStateRecord> rows, string document, string eTag, DateTimeOffset now, CancellationToken cancellationToken) =>
        rows.ExecuteUpdateAsync(setters => setters
            .SetProperty(record => record.Document, document)
            .SetProperty(record => record.ETag, eTag)
            .SetProperty(record => record.UpdatedAt, now), cancellationToken);
}
