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
            await stderr.WriteLineAsync("Aufruf: nrwbot backup DATEI   (eine Sicherung der SQLite-Datenbank, auch im laufenden Betrieb)");
            return 2;
        }
        var file = Path.GetFullPath(target);
        if (File.Exists(file))
        {
            await stderr.WriteLineAsync($"Die Datei {file} gibt es schon; eine Sicherung überschreibt nichts. Bitte einen neuen Namen wählen.");
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
            await stderr.WriteLineAsync("Die Datenbank ist PostgreSQL: bitte mit pg_dump sichern (README, Abschnitt „Backup and restore“).");
            return 2;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var result = await SqliteBackup.WriteAsync(db.Database.GetConnectionString()!, file, CancellationToken.None);
        await stdout.WriteLineAsync($"Sicherung geschrieben: {result.File} ({result.Bytes / 1024.0:0} KB, integrity_check: {result.IntegrityCheck})");
        return 0;
    }
}
