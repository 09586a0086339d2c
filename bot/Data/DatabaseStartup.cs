using Microsoft.EntityFrameworkCore;

namespace NrwBot.Host.Data;

/// <summary>Brings the schema up to date (migrations, under a lock) before the bot takes its first request.</summary>
public sealed class DatabaseStartup(IDbContextFactory<NrwBotDbContext> contexts, DatabaseReadiness readiness, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await DatabaseMigrator.MigrateAsync(db, logger, cancellationToken);
        logger.LogInformation("Database ready ({Provider})", db.Database.ProviderName);
        readiness.MarkReady();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
