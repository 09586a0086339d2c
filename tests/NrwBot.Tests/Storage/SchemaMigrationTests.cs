using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NrwBot.Host.Data;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Storage;

/// <summary>
/// The schema comes from EF Core migrations, applied at start-up under a lock. The fixtures under Storage/Fixtures
/// were written by the release before migrations (commit 7f5d288: its start-up schema plus two rows in every table).
/// </summary>
public sealed class SchemaMigrationTests
{
    public static TheoryData<string> Providers => new() { "sqlite", "postgresql" };

    [SkippableTheory, MemberData(nameof(Providers))]
    public async Task A_database_of_the_release_before_migrations_is_upgraded_at_start_up_and_keeps_every_row(string provider)
    {
        using var database = FromReleaseFixture(provider);
        var before = await DatabaseTables.ReadAllAsync(database);
        Assert.True(before.Count >= 12 && before.Values.All(rows => rows.Count == 2), "the fixture has two rows in every table");

        await using (await BotTestHost.StartAsync(database: database.KeepAlive())) { }
        await using (await BotTestHost.StartAsync(database: database.KeepAlive())) { }

        var after = await DatabaseTables.ReadAllAsync(database);
        foreach (var (table, rows) in before) Assert.Equal(rows, WithColumnsOf(rows, after[table]));
        Assert.Equal(await AppliedMigrationsAsync(database), await AllMigrationsAsync(database));
    }

    [SkippableTheory, MemberData(nameof(Providers))]
    public async Task A_new_database_gets_every_migration_and_every_table_of_the_model(string provider)
    {
        using var database = Create(provider);
        await using var host = await BotTestHost.StartAsync(database: database);

        var contexts = host.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var tables = (await DatabaseTables.ReadAllAsync(database)).Keys;
        foreach (var entity in db.Model.GetEntityTypes()) Assert.Contains(entity.GetTableName(), tables);
    }

    [SkippableTheory, MemberData(nameof(Providers))]
    public async Task Several_instances_starting_at_once_migrate_once_and_all_start(string provider)
    {
        using var database = FromReleaseFixture(provider);
        var before = await DatabaseTables.ReadAllAsync(database);

        var starts = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await using var db = NewContext(database);
            await DatabaseMigrator.MigrateAsync(db, NullLogger.Instance, CancellationToken.None);
        }));
        await Task.WhenAll(starts);

        Assert.Equal(await AllMigrationsAsync(database), await AppliedMigrationsAsync(database));
        // Tables of later migrations start empty; every table of the fixture keeps its rows.
        var after = await DatabaseTables.ReadAllAsync(database);
        foreach (var (table, rows) in before) Assert.Equal(rows, WithColumnsOf(rows, after[table]));
    }

    /// <summary>
    /// The rows as they read with only the columns the fixture had: a later migration may add a column (with its
    /// default), and every value that was there must still be there.
    /// </summary>
    private static List<string> WithColumnsOf(List<string> fixtureRows, List<string> rows)
    {
        if (fixtureRows.Count == 0) return rows;
        var columns = fixtureRows[0].Split('|').Select(cell => cell.Split('=')[0]).ToHashSet(StringComparer.Ordinal);
        return rows.Select(row => string.Join('|', row.Split('|').Where(cell => columns.Contains(cell.Split('=')[0])))).ToList();
    }

    [Fact]
    public async Task The_migration_lock_on_SQLite_holds_off_a_second_migrator_until_it_is_released()
    {
        using var database = TestDatabase.Sqlite();
        await using var db = NewContext(database);
        await using var second = NewContext(database);

        var first = await MigrationLock.AcquireAsync(db, CancellationToken.None);
        var waiting = MigrationLock.AcquireAsync(second, CancellationToken.None);
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);
        await first.DisposeAsync();
        await (await waiting).DisposeAsync();
    }

    private static TestDatabase Create(string provider)
    {
        Skip.If(provider == "postgresql" && TestDatabase.PostgresServer is null,
            $"No PostgreSQL server: set {TestDatabase.PostgresVariable} (bash .ci/run starts one and sets it).");
        return TestDatabase.Create(provider);
    }

    private static TestDatabase FromReleaseFixture(string provider)
    {
        var database = Create(provider);
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures");
        if (provider == "sqlite")
        {
            File.Copy(Path.Combine(fixtures, "release-2026-12-sqlite.db"), database.SqliteFilePath, overwrite: true);
            return database;
        }
        using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(File.ReadAllText(Path.Combine(fixtures, "release-2026-12-postgres.sql")), connection);
        command.ExecuteNonQuery();
        return database;
    }

    private static NrwBotDbContext NewContext(TestDatabase database) => database.Provider == "postgresql"
        ? new PostgresNrwBotDbContext(new DbContextOptionsBuilder<PostgresNrwBotDbContext>().UseNpgsql(database.ConnectionString).Options)
        : new SqliteNrwBotDbContext(new DbContextOptionsBuilder<SqliteNrwBotDbContext>().UseSqlite(database.ConnectionString).Options);

    private static async Task<List<string>> AllMigrationsAsync(TestDatabase database)
    {
        await using var db = NewContext(database);
        return db.Database.GetMigrations().Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<List<string>> AppliedMigrationsAsync(TestDatabase database)
    {
        await using var db = NewContext(database);
        return (await db.Database.GetAppliedMigrationsAsync()).Order(StringComparer.Ordinal).ToList();
    }
}
