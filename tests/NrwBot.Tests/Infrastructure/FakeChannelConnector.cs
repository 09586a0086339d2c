using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace NrwBot.Tests.Infrastructure;

/// <summary>
/// The channel's side of the Bot Framework protocol on a loopback port: it receives what the bot sends
/// (POST /v3/conversations/{id}/activities[/{replyToId}]) and can be told to refuse with a status code.
/// </summary>
public sealed class FakeChannelConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedActivity> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private FakeChannelConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    /// <summary>When set, every request is answered with this status (e.g. 403: the bot was removed).</summary>
    public HttpStatusCode? RefuseWith { get; set; }

    public IReadOnlyCollection<ReceivedActivity> Received => _received.ToArray();

    public static async Task<FakeChannelConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeChannelConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{**replyToId}", connector.ReceiveAsync);
        await app.StartAsync();
        connector.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return connector;
    }

    /// <summary>Waits until a message (not a typing indicator) arrives.</summary>
    public async Task<ReceivedActivity> NextMessageAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            if (_taken.Count < _received.Count)
            {
                var next = _received.Skip(_taken.Count).First();
                _taken.Add(next);
                if (next.Activity.Type == ActivityTypes.Message) return next;
                continue;
            }
            await _arrived.WaitAsync(TimeSpan.FromMilliseconds(200));
        }
        throw new TimeoutException("No message reached the connector.");
    }

    private readonly List<ReceivedActivity> _taken = [];

    /// <summary>Marks everything received so far as read (the bot's POST returns only after its replies were sent).</summary>
    public void SkipReceived() => _taken.AddRange(_received.Skip(_taken.Count));

    private async Task<IResult> ReceiveAsync(HttpContext context, string conversationId, string? replyToId)
    {
        if (RefuseWith is { } status) return Results.StatusCode((int)status);
        using var reader = new StreamReader(context.Request.Body);
        var activity = JsonConvert.DeserializeObject<Activity>(await reader.ReadToEndAsync())!;
        _received.Enqueue(new ReceivedActivity(Uri.UnescapeDataString(conversationId), replyToId, activity));
        _arrived.Release();
        return Results.Json(new { id = "reply-" + _received.Count });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

public sealed record ReceivedActivity(string ConversationId, string? ReplyToId, Activity Activity);
