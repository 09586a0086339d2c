using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace NrwBot.Host.Data;

/// <summary>
/// Held while the schema is migrated so that two instances never migrate at once. PostgreSQL: a session advisory
/// lock on the context's (kept open) connection. SQLite: an exclusive lock on a file next to the database
/// ("…db.migrate.lock"), which works across processes and is released by the operating system when a process dies.
/// </summary>
public sealed class MigrationLock : IAsyncDisposable
{
    /// <summary>An arbitrary number, the same for every instance of NrwBot ("NRW" + 1).</summary>
    private const long AdvisoryLockKey = 0x4E525701;

    private static readonly TimeSpan SqliteWaitLimit = TimeSpan.FromMinutes(5);

    private readonly Func<ValueTask> _release;

    private MigrationLock(Func<ValueTask> release) => _release = release;

    public static async Task<MigrationLock> AcquireAsync(NrwBotDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql()) return await AdvisoryLockAsync(db, cancellationToken);
        if (db.Database.IsSqlite() && SqliteFile(db) is { } file) return await FileLockAsync(file + ".migrate.lock", cancellationToken);
        return new MigrationLock(() => ValueTask.CompletedTask);
    }

    public ValueTask DisposeAsync() => _release();

    private static async Task<MigrationLock> AdvisoryLockAsync(NrwBotDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        return new MigrationLock(async () =>
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        });
    }

    private static async Task<MigrationLock> FileLockAsync(string path, CancellationToken cancellationToken)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FileShare.None takes an exclusive lock on the file (flock on Unix): a second process waits here.
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new MigrationLock(() => stream.DisposeAsync());
            }
            catch (IOException) when (waited.Elapsed < SqliteWaitLimit)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
    }

    private static string? SqliteFile(NrwBotDbContext db)
    {
        var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        return string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            ? null
            : Path.GetFullPath(source);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
