using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Telemetry;
using NrwBot.Host.Data;
using NrwBot.Host.Outbox;

namespace NrwBot.Host.Telemetry;

/// <summary>
/// The gauges counted in the database: support requests by state and the outbound queue (queued, given up, age of
/// the oldest queued message, of all instances). Counted when the metrics are collected (an export or a /metrics
/// scrape), at most once a minute, so several scrapers cost one round of queries; the count runs in the background
/// (the collection callback is synchronous and must not wait for the database), so a collection shows the figures of
/// the last finished count. On a meter of the host's
/// IMeterFactory (same name as NrwTelemetry.Meter), so they end with the host that owns the database.
/// </summary>
public sealed class DatabaseGauges(IDbContextFactory<NrwBotDbContext> contexts, OutboxStatus outbox, TimeProvider clock, IMeterFactory meters)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private readonly Lock _gate = new();
    private Figures _figures = new([], null);
    private DateTimeOffset _countedAt = DateTimeOffset.MinValue;
    private Task _counting = Task.CompletedTask;
    private Meter? _meter;

    public void Register()
    {
        if (_meter is not null) return;
        _meter = meters.Create(new MeterOptions(NrwTelemetry.Name));
        _meter.CreateObservableGauge("nrwbot.requests", () => Current().Requests.Select(count =>
            new Measurement<int>(count.Count, new KeyValuePair<string, object?>(NrwTelemetry.Tags.State, count.State))), "{request}", "Support requests by state");
        _meter.CreateObservableGauge("nrwbot.outbox.queued", () => Current().Outbox is { } backlog ? [new Measurement<int>(backlog.Queued)] : Array.Empty<Measurement<int>>(),
            "{message}", "Messages waiting in the outbound queue (all instances)");
        _meter.CreateObservableGauge("nrwbot.outbox.given_up", () => Current().Outbox is { } backlog ? [new Measurement<int>(backlog.GivenUp)] : Array.Empty<Measurement<int>>(),
            "{message}", "Messages the outbound queue gave up (403/404, too old)");
        _meter.CreateObservableGauge("nrwbot.outbox.oldest_age", () => Current().Outbox is { } backlog ? [new Measurement<double>(backlog.OldestQueued.TotalSeconds)] : Array.Empty<Measurement<double>>(),
            "s", "How long the oldest queued message has waited");
    }

    /// <summary>Counts now and waits for it (the first collection after start, and tests).</summary>
    public Task RefreshAsync()
    {
        lock (_gate) return StartCount();
    }

    private Figures Current()
    {
        lock (_gate)
        {
            if (clock.GetUtcNow() - _countedAt > MaxAge) StartCount();
            return _figures;
        }
    }

    private Task StartCount()
    {
        if (!_counting.IsCompleted) return _counting;
        _countedAt = clock.GetUtcNow();
        return _counting = Task.Run(CountAsync);
    }

    private async Task CountAsync()
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync();
            var requests = (await db.Set<NrwBot.Host.Requests.SupportRequestRecord>().AsNoTracking()
                .GroupBy(request => request.State)
                .Select(group => new { group.Key, Count = group.Count() })
                .ToListAsync())
                .Select(group => (group.Key.ToString().ToLowerInvariant(), group.Count))
                .ToList();
            var backlog = await outbox.BacklogAsync(db, CancellationToken.None);
            lock (_gate) _figures = new Figures(requests, backlog);
        }
        catch (Exception error) when (error is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            // A database that does not answer shows in /healthz/ready; the gauges keep their last figures.
        }
    }

    private sealed record Figures(IReadOnlyList<(string State, int Count)> Requests, OutboxBacklog? Outbox);
}
