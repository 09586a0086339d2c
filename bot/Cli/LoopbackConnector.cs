using System.Collections.Concurrent;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace NrwBot.Host.Cli;

/// <summary>
/// The channel side of the Bot Framework protocol, just enough for a local chat: it receives the bot's
/// replies (POST/PUT /v3/conversations/{id}/activities[/{id}]) and keeps them until they are read.
/// </summary>
public sealed class LoopbackConnector
{
    public const string RoutePrefix = "/v3/conversations";
    private readonly ConcurrentQueue<Activity> _received = new();
    private int _nextId;

    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(RoutePrefix + "/{**rest}", (Delegate)ReceiveAsync);
        endpoints.MapPut(RoutePrefix + "/{**rest}", (Delegate)ReceiveAsync);
    }

    public IReadOnlyList<Activity> TakeAll()
    {
        var taken = new List<Activity>();
        while (_received.TryDequeue(out var activity)) taken.Add(activity);
        return taken;
    }

    private async Task<IResult> ReceiveAsync(HttpContext context)
    {
        using var body = new StreamReader(context.Request.Body);
        using var reader = new JsonTextReader(new StringReader(await body.ReadToEndAsync(context.RequestAborted)));
        var activity = HttpHelper.BotMessageSerializer.Deserialize<Activity>(reader);
        if (activity is null) return Results.BadRequest();
        _received.Enqueue(activity);
        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Json(new { id });
    }
}
