using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Telemetry;
using NrwBot.Host.Data;

namespace NrwBot.Host.Telemetry;

/// <summary>
/// "Requests by state" as an observable gauge: counted in the database when the metrics are collected (an
/// export or a /metrics scrape), at most once a minute, so several scrapers cost one query. On a meter of the
/// host's IMeterFactory (same name as NrwTelemetry.Meter), so it ends with the host that owns the database.
/// </summary>
public sealed class RequestStateGauge(IDbContextFactory<NrwBotDbContext> contexts, TimeProvider clock, System.Diagnostics.Metrics.IMeterFactory meters)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private readonly Lock _gate = new();
    private IReadOnlyList<(string State, int Count)> _counts = [];
    private DateTimeOffset _countedAt = DateTimeOffset.MinValue;
    private System.Diagnostics.Metrics.ObservableGauge<int>? _gauge;

    public void Register() => _gauge ??= meters.Create(new System.Diagnostics.Metrics.MeterOptions(NrwTelemetry.Name)).CreateObservableGauge("nrwbot.requests", Observe, "{request}", "Support requests by state");

    private IEnumerable<System.Diagnostics.Metrics.Measurement<int>> Observe()
    {
        lock (_gate)
        {
            if (clock.GetUtcNow() - _countedAt > MaxAge) Refresh();
            return _counts.Select(count => new System.Diagnostics.Metrics.Measurement<int>(count.Count,
                new KeyValuePair<string, object?>(NrwTelemetry.Tags.State, count.State))).ToList();
        }
    }

    private void Refresh()
    {
        try
        {
            using var db = contexts.CreateDbContext();
            _counts = db.Set<NrwBot.Host.Requests.SupportRequestRecord>().AsNoTracking()
                .GroupBy(request => request.State)
                .Select(group => new { group.Key, Count = group.Count() })
                .AsEnumerable()
                .Select(group => (group.Key.ToString().ToLowerInvariant(), group.Count))
                .ToList();
        }
        catch (Exception error) when (error is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            // A database that does not answer shows in /healthz/ready; the gauge keeps its last figures.
        }
        _countedAt = clock.GetUtcNow();
    }
}
