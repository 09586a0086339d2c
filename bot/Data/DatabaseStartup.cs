using Microsoft.EntityFrameworkCore;

namespace NrwBot.Host.Data;

/// <summary>Creates the schema before the bot takes its first request.</summary>
public sealed class DatabaseStartup(IDbContextFactory<NrwBotDbContext> contexts, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await SchemaInitializer.EnsureSchemaAsync(db, cancellationToken);
        logger.LogInformation("Database ready ({Provider})", db.Database.ProviderName);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
