using Microsoft.EntityFrameworkCore;
using NrwBot.Host.Hosting;

namespace NrwBot.Host.Data;

/// <summary>
/// `nrwbot backup FILE`: an online backup of the bot's SQLite database (the bot may keep running), to the same
/// database the bot uses with the same settings. PostgreSQL is backed up with pg_dump (README, "Backup and restore").
/// </summary>
public static class BackupCommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Action<WebApplicationBuilder>? configure = null)
    {
        if (args is not [var target] || target.StartsWith('-'))
        {
            await stderr.WriteLineAsync(BackupTexts.Usage.German);
            return 2;
        }
        var file = Path.GetFullPath(target);
        if (File.Exists(file))
        {
            await stderr.WriteLineAsync(BackupTexts.FileExists.Format(file));
            return 2;
        }
        await using var app = NrwBotApp.Build([], builder =>
        {
            builder.Logging.ClearProviders();
            configure?.Invoke(builder);
        }, new WebApplicationOptions { ContentRootPath = ContentPaths.Root() });
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync();
        if (!db.Database.IsSqlite())
        {
            await stderr.WriteLineAsync(BackupTexts.Postgres.German);
            return 2;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var result = await SqliteBackup.WriteAsync(db.Database.GetConnectionString()!, file, CancellationToken.None);
        await stdout.WriteLineAsync(BackupTexts.Written.Format(result.File, result.Bytes / 1024.0, result.IntegrityCheck));
        return 0;
    }
}
