using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NrwBot.Host.Data;

/// <summary>
/// Lets SQLite itself wait for the one writer (sqlite3_busy_timeout: it retries within a millisecond or two)
/// instead of returning SQLITE_BUSY at once to Microsoft.Data.Sqlite, whose own retry sleeps 150 ms per attempt.
/// Under concurrent turns that sleep was most of a turn's time (a commit holds the write lock for well under a
/// millisecond). Set on every open: pooled connections keep it, and the native call costs no statement.
/// </summary>
public sealed class SqliteWaitForWriter : DbConnectionInterceptor
{
    private static readonly int TimeoutMilliseconds = (int)TimeSpan.FromSeconds(30).TotalMilliseconds;

    public static readonly SqliteWaitForWriter Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle }) SQLitePCL.raw.sqlite3_busy_timeout(handle, TimeoutMilliseconds);
    }
}
