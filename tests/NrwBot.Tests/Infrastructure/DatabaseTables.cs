using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace NrwBot.Tests.Infrastructure;

/// <summary>
/// Every table of a test database and its rows, read from the schema itself (not from the model), so a table nobody
/// thought of is still seen. Rows come as text ("col=value|col=value…") for comparison and searching.
/// </summary>
public static class DatabaseTables
{
    public static async Task<Dictionary<string, List<string>>> ReadAllAsync(TestDatabase database, bool includeMigrationHistory = false)
    {
        await using var connection = Open(database);
        await connection.OpenAsync();
        var tables = await TableNamesAsync(connection, database.Provider);
        var result = new Dictionary<string, List<string>>();
        foreach (var table in tables.Where(name => includeMigrationHistory || !name.StartsWith("__EF", StringComparison.Ordinal)))
            result[table] = await RowsAsync(connection, table);
        return result;
    }

    /// <summary>The rows of the named tables only (for comparing what a turn wrote while background work goes on elsewhere).</summary>
    public static async Task<Dictionary<string, List<string>>> ReadAsync(TestDatabase database, params string[] tables)
    {
        await using var connection = Open(database);
        await connection.OpenAsync();
        var result = new Dictionary<string, List<string>>();
        foreach (var table in tables) result[table] = await RowsAsync(connection, table);
        return result;
    }

    private static DbConnection Open(TestDatabase database) => database.Provider == "postgresql"
        ? new NpgsqlConnection(database.ConnectionString)
        : new SqliteConnection(database.ConnectionString);

    private static async Task<List<string>> TableNamesAsync(DbConnection connection, string provider)
    {
        var sql = provider == "postgresql"
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        var names = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        return names;
    }

    private static async Task<List<string>> RowsAsync(DbConnection connection, string table)
    {
        var rows = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}={Text(reader.GetValue(i))}")));
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static string Text(object value) => value switch
    {
        DBNull => "NULL",
        DateTime time => time.ToUniversalTime().ToString("O"),
        DateTimeOffset time => time.ToUniversalTime().ToString("O"),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
