using Microsoft.EntityFrameworkCore;

namespace NrwBot.Host.Data;

/// <summary>
/// Applies the EF Core migrations of the database's provider at start-up. Several instances may start at once on
/// one database: the whole step runs under <see cref="MigrationLock"/>, so one migrates and the others then find
/// nothing left to do. A database created before migrations existed is adopted first (<see cref="LegacySchemaBaseline"/>).
/// </summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAsync(NrwBotDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        await using (await MigrationLock.AcquireAsync(db, cancellationToken))
        {
            if (await LegacySchemaBaseline.AdoptAsync(db, cancellationToken))
                logger.LogInformation("Database from a release before migrations adopted as migration {Migration}", LegacySchemaBaseline.InitialMigrationId(db));
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0) logger.LogInformation("Applying migrations: {Migrations}", string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }
        // Readers do not block the writer (and the other way round): one setting of the file, kept across connections.
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
