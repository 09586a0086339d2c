using System.Collections.Concurrent;
using Microsoft.Bot.Connector;

namespace NrwBot.Host.Adapter;

/// <summary>
/// One connector client per (bot app id, service URL, audience) instead of one per turn: creating a ConnectorClient
/// costs two Regex constructions in ServiceClient.SetUserAgent, attribute reflection and a new credentials object
/// (profiled: about a fifth of a help turn's CPU). Entries are renewed after <see cref="MaxAge"/>, so the HTTP
/// handler under them follows the HttpClientFactory's rotation (DNS changes) and stale credentials do not linger.
/// Per host (not static): the clients use the host's HttpClientFactory. Bounded: a flood of unknown service URLs
/// (only possible without credentials, in Development) falls back to a client per turn.
/// </summary>
public sealed class ConnectorClientCache(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);
    private const int MaxEntries = 256;
    private readonly ConcurrentDictionary<(string App, string ServiceUrl, string Audience), (ConnectorClient Client, DateTimeOffset Created)> _clients = new();

    public async Task<IConnectorClient> GetAsync(string app, string serviceUrl, string audience, Func<Task<IConnectorClient>> create)
    {
        var key = (app, serviceUrl, audience ?? "");
        var now = clock.GetUtcNow();
        if (_clients.TryGetValue(key, out var cached) && now - cached.Created < MaxAge) return new SharedConnectorClient(cached.Client);
        var client = await create();
        if (client is not ConnectorClient connector || (_clients.Count >= MaxEntries && !_clients.ContainsKey(key))) return client;
        // The replaced client is not disposed: a turn in flight may still use it; it holds no socket of its own (factory HttpClient).
        _clients[key] = (connector, now);
        return new SharedConnectorClient(connector);
    }
}
