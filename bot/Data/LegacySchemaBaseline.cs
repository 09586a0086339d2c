using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NrwBot.Host.Data;

/// <summary>
/// Releases before migrations created the schema themselves (additively, from the model) and have no migrations
/// history. Such a database is adopted: whatever the first migration creates and is missing is created (as the old
/// start-up did: "IF NOT EXISTS", so every row stays), and the first migration is recorded as applied. Later
/// migrations then run as on any other database.
/// </summary>
public static partial class LegacySchemaBaseline
{
    /// <summary>A table every release had.</summary>
    private const string MarkerTable = "bot_state";

    /// <summary>EF Core's default name of the history table (the bot does not change it).</summary>
    private const string HistoryTable = "__EFMigrationsHistory";

    public static string InitialMigrationId(NrwBotDbContext db) => db.GetService<IMigrationsAssembly>().Migrations.Keys.Order(StringComparer.Ordinal).First();

    /// <summary>True when the database was one of an older release and is now adopted.</summary>
    public static async Task<bool> AdoptAsync(NrwBotDbContext db, CancellationToken cancellationToken)
    {
        var history = db.GetService<IHistoryRepository>();
        // Asked of the catalog directly (Npgsql's history check does not answer "no" on a database without the table);
        // an empty history table counts as none: an earlier start may have created it and then failed.
        if (await HasHistoryAsync(db, cancellationToken) || !await TableExistsAsync(db, MarkerTable, cancellationToken)) return false;
        var migrations = db.GetService<IMigrationsAssembly>();
        var initialId = InitialMigrationId(db);
        var initial = migrations.CreateMigration(migrations.Migrations[initialId], db.Database.ProviderName!);
        foreach (var command in db.GetService<IMigrationsSqlGenerator>().Generate(initial.UpOperations))
            await db.Database.ExecuteSqlRawAsync(IfNotExists(command.CommandText), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(initialId, ProductInfo.GetVersion())), cancellationToken);
        return true;
    }

    private static async Task<bool> HasHistoryAsync(NrwBotDbContext db, CancellationToken cancellationToken) =>
        await TableExistsAsync(db, HistoryTable, cancellationToken)
        && await db.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM \"{HistoryTable}\"").SingleAsync(cancellationToken) > 0;

    private static async Task<bool> TableExistsAsync(NrwBotDbContext db, string table, CancellationToken cancellationToken)
    {
        var sql = db.Database.IsNpgsql()
            ? $"SELECT COUNT(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '{table}'"
            : $"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '{table}'";
        return await db.Database.SqlQueryRaw<int>(sql).SingleAsync(cancellationToken) > 0;
    }

    private static string IfNotExists(string statement) => CreateStatement().Replace(statement.TrimStart(), "CREATE $1 IF NOT EXISTS ");

    [GeneratedRegex(@"^CREATE (TABLE|UNIQUE INDEX|INDEX) ", RegexOptions.IgnoreCase)]
    private static partial Regex CreateStatement();
}
