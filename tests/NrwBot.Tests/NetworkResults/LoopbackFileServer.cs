using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NrwBot.Tests.NetworkResults;

/// <summary>Files on 127.0.0.1 for „Ergebnisse erfassen“ with an attached file: each path answers with its bytes and content type; others 404.</summary>
internal sealed class LoopbackFileServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, (byte[] Body, string ContentType)> _files;
    private readonly ConcurrentQueue<string> _requests = new();

    private LoopbackFileServer(WebApplication app, Dictionary<string, (byte[], string)> files) => (_app, _files) = (app, files);

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<string> Requests => _requests.ToList();

    public static async Task<LoopbackFileServer> StartAsync(Dictionary<string, (byte[], string)> files)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LoopbackFileServer(app, files);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
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

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
