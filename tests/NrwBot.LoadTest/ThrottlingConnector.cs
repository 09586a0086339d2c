using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace NrwBot.LoadTest;

/// <summary>
/// A Teams connector on 127.0.0.1 that behaves like a busy one: at most <c>limit</c> messages per second (one-second
/// windows; over it → 429 with Retry-After: 1), and on top, by a fixed seed, 2 % of calls 503 and 1 % a spurious 429.
/// Counts every accepted message per conversation, so the benchmark can tell lost from duplicated.
/// </summary>
public sealed class ThrottlingConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly int _limit;
    private readonly Lock _gate = new();
    private readonly Random _random = new(20261202);
    private long _windowStart = Stopwatch.GetTimestamp();
    private int _inWindow;

    private ThrottlingConnector(WebApplication app, int limit) => (_app, _limit) = (app, limit);

    public string ServiceUrl { get; private set; } = "";
    public ConcurrentDictionary<string, int> Received { get; } = new();
    public int Throttled;
    public int Failed;

    public static async Task<ThrottlingConnector> StartAsync(int limit)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new ThrottlingConnector(app, limit);
        app.MapPost("/v3/conversations/{conversationId}/activities/{**replyToId}", connector.Post);
        await app.StartAsync();
        connector.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return connector;
    }

    private IResult Post(HttpContext context, string conversationId)
    {
        var (answer, spurious) = Decide();
        if (answer == 503)
        {
            Interlocked.Increment(ref Failed);
            return Results.StatusCode(503);
        }
        if (answer == 429)
        {
            Interlocked.Increment(ref Throttled);
            context.Response.Headers.RetryAfter = spurious ? "0" : "1";
            return Results.StatusCode(429);
        }
        Received.AddOrUpdate(Uri.UnescapeDataString(conversationId), 1, (_, count) => count + 1);
        return Results.Json(new { id = "m-" + Guid.NewGuid().ToString("N")[..12] });
    }

    private (int Status, bool Spurious) Decide()
    {
        lock (_gate)
        {
            var roll = _random.NextDouble();
            if (roll < 0.02) return (503, false);
            if (roll < 0.03) return (429, true);
            var now = Stopwatch.GetTimestamp();
            if (Stopwatch.GetElapsedTime(_windowStart, now) >= TimeSpan.FromSeconds(1)) (_windowStart, _inWindow) = (now, 0);
            return ++_inWindow > _limit ? (429, false) : (200, false);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
