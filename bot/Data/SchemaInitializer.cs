using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace NrwBot.Host.Data;

/// <summary>
/// Creates the schema at start-up, additively: every table and index of the model that is missing is
/// created, on SQLite and PostgreSQL alike ("IF NOT EXISTS"). Tables added by later versions therefore
/// appear in existing databases; a change to an existing column needs a migration step of its own.
/// </summary>
public static partial class SchemaInitializer
{
    public static async Task EnsureSchemaAsync(NrwBotDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        var script = db.Database.GenerateCreateScript();
        foreach (var statement in script.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var idempotent = CreateStatement().Replace(statement, "CREATE $1 IF NOT EXISTS ");
            if (idempotent.StartsWith("CREATE", StringComparison.OrdinalIgnoreCase))
                await db.Database.ExecuteSqlRawAsync(idempotent, cancellationToken);
        }
    }

    [GeneratedRegex(@"^CREATE (TABLE|UNIQUE INDEX|INDEX) ", RegexOptions.IgnoreCase)]
    private static partial Regex CreateStatement();
}
