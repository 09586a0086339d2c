using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NrwBot.Host.Data;
using NrwBot.Host.Digest;

namespace NrwBot.Host.Hosting.Health;

/// <summary>
/// The scheduled digests, as under "digest" in /healthz: a failing or retrying delivery makes the bot Degraded
/// (still 200, still taking turns), so a monitor sees it without the instance being taken out of rotation.
/// </summary>
public sealed class DigestHealthCheck(IDbContextFactory<NrwBotDbContext> contexts, DigestStatus digest) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var details = JsonSerializer.SerializeToElement(await digest.DetailsAsync(db, cancellationToken));
        var status = details.TryGetProperty("status", out var value) ? value.GetString() ?? "unknown" : "unknown";
        return status is "ok" or "off" ? HealthCheckResult.Healthy(status) : HealthCheckResult.Degraded(status);
    }
}
