using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NrwBot.Tests.Materials;

/// <summary>
/// Web pages on 127.0.0.1 for the link check: /ok answers HEAD, /no-head refuses HEAD (405) but answers GET,
/// /gone is 404, /slow answers after 10 s. Every request is recorded (method and path).
/// </summary>
internal sealed class LoopbackLinkServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _requests = new();

    private LoopbackLinkServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<string> Requests => _requests.ToList();

    public static async Task<LoopbackLinkServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LoopbackLinkServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
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

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
