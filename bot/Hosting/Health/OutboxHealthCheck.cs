using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NrwBot.Host.Data;
using NrwBot.Host.Outbox;

namespace NrwBot.Host.Hosting.Health;

/// <summary>
/// The outbound backlog: Degraded (still 200, still taking turns) when a queued message has waited longer than
/// Outbox:BacklogAlert — Teams throttles, the connector fails or no worker runs — so a monitor sees messages piling
/// up before people miss them. Taking the instance out of rotation would not help: the queue is shared.
/// </summary>
public sealed class OutboxHealthCheck(IDbContextFactory<NrwBotDbContext> contexts, OutboxStatus outbox, IOptions<OutboxOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var backlog = await outbox.BacklogAsync(db, cancellationToken);
        var description = $"{backlog.Queued} queued, oldest {backlog.OldestQueued.TotalSeconds:0} s";
        return backlog.OldestQueued > options.Value.BacklogAlert ? HealthCheckResult.Degraded(description) : HealthCheckResult.Healthy(description);
    }
}
