using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NrwBot.Host.Data;

/// <summary>For `dotnet ef migrations add` (build/add-migration.sh): the PostgreSQL model; no server is contacted.</summary>
public sealed class PostgresDesignTimeContextFactory : IDesignTimeDbContextFactory<PostgresNrwBotDbContext>
{
    public PostgresNrwBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresNrwBotDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
