using Microsoft.Data.Sqlite;

namespace NrwBot.Host.Data;

/// <summary>
/// A consistent copy of a live SQLite database through SQLite's online backup API: it reads one snapshot
/// while the bot keeps writing (WAL mode: writers are not blocked), into a temporary file that is checked
/// and only then renamed to the target, so a file with the target's name is always a complete backup.
/// </summary>
public static class SqliteBackup
{
    public sealed record Result(string File, long Bytes, string IntegrityCheck);

    public static async Task<Result> WriteAsync(string sourceConnectionString, string targetFile, CancellationToken cancellationToken)
    {
        var partial = targetFile + ".partial";
        File.Delete(partial);
        await using (var source = new SqliteConnection(sourceConnectionString))
        await using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
        {
            await source.OpenAsync(cancellationToken);
            await target.OpenAsync(cancellationToken);
            await BackupWithRetryAsync(source, target, cancellationToken);
            var check = await IntegrityCheckAsync(target, cancellationToken);
            if (check != "ok") throw new InvalidOperationException("integrity_check of the backup: " + check);
        }
        File.Move(partial, targetFile);
        return new Result(targetFile, new FileInfo(targetFile).Length, "ok");
    }

    /// <summary>
    /// The backup API does not wait for locks: while a writer checkpoints the WAL it answers SQLITE_BUSY (5) or
    /// SQLITE_LOCKED (6) at once. Seen under load in SqliteBackupTests; a short wait and another try gets the snapshot.
    /// </summary>
    private static async Task BackupWithRetryAsync(SqliteConnection source, SqliteConnection target, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                source.BackupDatabase(target);
                return;
            }
            catch (SqliteException error) when (error.SqliteErrorCode is 5 or 6 && attempt < 100)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
            }
        }
    }

    public static async Task<string> IntegrityCheckAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
