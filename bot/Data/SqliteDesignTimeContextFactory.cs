using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NrwBot.Host.Data;

/// <summary>For `dotnet ef migrations add` (build/add-migration.sh): the SQLite model without starting the bot.</summary>
public sealed class SqliteDesignTimeContextFactory : IDesignTimeDbContextFactory<SqliteNrwBotDbContext>
{
    public SqliteNrwBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteNrwBotDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
