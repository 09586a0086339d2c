using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Materials;

/// <summary>
/// Web pages on 127.0.0.1 for the link check: /ok answers HEAD, /no-head refuses HEAD (405) but answers GET,
/// /gone is 404, /slow answers after 10 s. Every request is recorded (method and path).
/// </summary>
internal sealed class LoopbackLinkServer : IAsyncDisposable
{
    private LoopbackHttpServer? _server;
    private readonly ConcurrentQueue<string> _requests = new();


    public string BaseUrl => _server!.BaseUrl;

    public IReadOnlyList<string> Requests => _requests.ToList();

    public static async Task<LoopbackLinkServer> StartAsync()
    {
        var server = new LoopbackLinkServer();
        server._server = await LoopbackHttpServer.StartAsync(server.HandleAsync);
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        _requests.Enqueue($"{context.Request.Method} {path}");
        context.Response.StatusCode = path switch
        {
            "/ok" => 200,
            "/no-head" => HttpMethods.IsHead(context.Request.Method) ? 405 : 200,
            "/slow" => await SlowAsync(context.RequestAborted),
            _ => 404,
        };
    }

    private static async Task<int> SlowAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The client gave up, as it should.
        }
        return 200;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
