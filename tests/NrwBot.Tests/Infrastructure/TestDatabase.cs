using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace NrwBot.Tests.Infrastructure;

/// <summary>
/// A fresh database for one test: a SQLite file in a temporary folder, or a new database on the PostgreSQL
/// server named by NRWBOT_TEST_POSTGRES (set by .ci/run), dropped again afterwards.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "NRWBOT_TEST_POSTGRES";

    private readonly Action _cleanUp;

    private TestDatabase(string provider, string connectionString, Action cleanUp)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _cleanUp = cleanUp;
    }

    public string Provider { get; }
    public string ConnectionString { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static TestDatabase Sqlite()
    {
        var folder = Directory.CreateTempSubdirectory("nrwbot-test-");
        var path = Path.Combine(folder.FullName, "nrwbot.db");
        // No pooling, so a test can take the file away and see the bot notice it.
        return new TestDatabase("sqlite", $"Data Source={path};Pooling=False;Default Timeout=30", () =>
        {
            SqliteConnection.ClearAllPools();
            try { folder.Delete(recursive: true); } catch (IOException) { }
        });
    }

    public static TestDatabase Postgres()
    {
        var server = PostgresServer ?? throw new InvalidOperationException($"{PostgresVariable} is not set");
        var name = "nrwbot_test_" + Guid.NewGuid().ToString("N")[..12];
        Execute(server, $"CREATE DATABASE {name}");
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase("postgresql", builder.ConnectionString, () =>
        {
            NpgsqlConnection.ClearAllPools();
            Execute(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        });
    }

    public static TestDatabase Create(string provider) => provider == "postgresql" ? Postgres() : Sqlite();

    public void Apply(WebApplicationBuilder builder)
    {
        builder.Configuration[Provider == "postgresql" ? "ConnectionStrings:Postgres" : "ConnectionStrings:Sqlite"] = ConnectionString;
    }

    public string SqliteFilePath => new SqliteConnectionStringBuilder(ConnectionString).DataSource;

    private bool _keptAlive;

    /// <summary>The same database for a host that must not drop it when it stops (restart tests).</summary>
    public TestDatabase KeepAlive() => new(Provider, ConnectionString, () => { }) { _keptAlive = true };

    public void Dispose()
    {
        if (!_keptAlive) _cleanUp();
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
