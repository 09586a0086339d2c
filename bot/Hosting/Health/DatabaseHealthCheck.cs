using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NrwBot.Host.Data;

namespace NrwBot.Host.Hosting.Health;

/// <summary>Ready only while the database answers a query on the state table.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<NrwBotDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.BotState.AsNoTracking().AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy(db.Database.IsNpgsql() ? "postgresql" : "sqlite");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The exception's text may hold a connection detail: the answer names only its type.
            return HealthCheckResult.Unhealthy("unavailable: " + error.GetType().Name);
        }
    }
}
