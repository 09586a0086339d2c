using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.NetworkResults;

/// <summary>Files on 127.0.0.1 for „Ergebnisse erfassen“ with an attached file: each path answers with its bytes and content type; others 404.</summary>
internal sealed class LoopbackFileServer : IAsyncDisposable
{
    private LoopbackHttpServer? _server;
    private readonly Dictionary<string, (byte[] Body, string ContentType)> _files;
    private readonly ConcurrentQueue<string> _requests = new();

    private LoopbackFileServer(Dictionary<string, (byte[], string)> files) => _files = files;

    public string BaseUrl => _server!.BaseUrl;

    public IReadOnlyList<string> Requests => _requests.ToList();

    public static async Task<LoopbackFileServer> StartAsync(Dictionary<string, (byte[], string)> files)
    {
        var server = new LoopbackFileServer(files);
        server._server = await LoopbackHttpServer.StartAsync(server.HandleAsync);
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        _requests.Enqueue(path);
        if (!_files.TryGetValue(path, out var file)) { context.Response.StatusCode = 404; return; }
        context.Response.ContentType = file.ContentType;
        await context.Response.Body.WriteAsync(file.Body);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
