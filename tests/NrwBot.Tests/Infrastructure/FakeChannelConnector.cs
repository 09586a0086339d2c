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
using Newtonsoft.Json.Linq;

namespace NrwBot.Tests.Infrastructure;

/// <summary>
/// The channel's side of the Bot Framework protocol on a loopback port: new messages
/// (POST /v3/conversations/{id}/activities[/{replyToId}], answered with a fresh id), replaced messages
/// (PUT …/activities/{id}) and a team's roster (GET …/pagedmembers). It can be told to refuse with a status code.
/// </summary>
public sealed class FakeChannelConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ChannelCall> _calls = new();
    private readonly ConcurrentQueue<string> _rosterRequests = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly List<ChannelCall> _taken = [];
    private int _nextId = 1000;

    private FakeChannelConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    /// <summary>When set, every request is answered with this status (e.g. 403: the bot was removed).</summary>
    public HttpStatusCode? RefuseWith { get; set; }

    /// <summary>
    /// Asked before every POST and PUT with the conversation id: a status code (and Retry-After seconds) to answer with
    /// instead of taking the message, or null to take it. Refused calls are listed in <see cref="Refusals"/>.
    /// </summary>
    public Func<string, (HttpStatusCode Status, int? RetryAfterSeconds)?>? Answer { get; set; }

    /// <summary>Every call answered by <see cref="Answer"/> with an error: conversation, status and when.</summary>
    public IReadOnlyList<(string ConversationId, int Status, DateTimeOffset At)> Refusals => _refusals.ToArray();

    private readonly ConcurrentQueue<(string, int, DateTimeOffset)> _refusals = new();

    /// <summary>When each message arrived (for a Retry-After check), by conversation.</summary>
    public IReadOnlyList<(string ConversationId, DateTimeOffset At)> Arrivals => _arrivals.ToArray();

    private readonly ConcurrentQueue<(string, DateTimeOffset)> _arrivals = new();

    /// <summary>The roster every team answers with.</summary>
    public List<TeamMemberJson> Roster { get; } = [];

    /// <summary>Everything the bot sent or replaced, in order (typing indicators included).</summary>
    public IReadOnlyList<ChannelCall> Calls => _calls.ToArray();

    /// <summary>The conversations whose roster the bot asked for.</summary>
    public IReadOnlyList<string> RosterRequests => _rosterRequests.ToArray();

    /// <summary>The messages (no typing indicators) sent or replaced in a conversation, in order.</summary>
    public IReadOnlyList<ChannelCall> MessagesIn(string conversationId) =>
        Calls.Where(call => call.ConversationId == conversationId && call.Activity.Type == ActivityTypes.Message).ToList();

    public static async Task<FakeChannelConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeChannelConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{**replyToId}", connector.PostAsync);
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", connector.PutAsync);
        app.MapGet("/v3/conversations/{conversationId}/pagedmembers", connector.Members);
        await app.StartAsync();
        connector.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return connector;
    }

    /// <summary>Waits until a message (not a typing indicator) arrives that was not taken before.</summary>
    public async Task<ChannelCall> NextMessageAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            if (_taken.Count < _calls.Count)
            {
                var next = _calls.Skip(_taken.Count).First();
                _taken.Add(next);
                if (next.Activity.Type == ActivityTypes.Message) return next;
                continue;
            }
            await _arrived.WaitAsync(TimeSpan.FromMilliseconds(200));
        }
        throw new TimeoutException("No message reached the connector.");
    }

    /// <summary>Marks everything received so far as read (the bot's POST returns only after its replies were sent).</summary>
    public void SkipReceived() => _taken.AddRange(_calls.Skip(_taken.Count));

    private IResult? Refuse(HttpContext context, string conversationId)
    {
        if (RefuseWith is { } status) return Results.StatusCode((int)status);
        if (Answer?.Invoke(Uri.UnescapeDataString(conversationId)) is not { } answer) return null;
        _refusals.Enqueue((Uri.UnescapeDataString(conversationId), (int)answer.Status, DateTimeOffset.UtcNow));
        if (answer.RetryAfterSeconds is { } seconds) context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.StatusCode((int)answer.Status);
    }

    private async Task<IResult> PostAsync(HttpContext context, string conversationId, string? replyToId)
    {
        if (Refuse(context, conversationId) is { } refusal) return refusal;
        var id = "msg-" + Interlocked.Increment(ref _nextId);
        Record(new ChannelCall("POST", Uri.UnescapeDataString(conversationId), id, replyToId, await ReadAsync(context)));
        return Results.Json(new { id });
    }

    private async Task<IResult> PutAsync(HttpContext context, string conversationId, string activityId)
    {
        if (Refuse(context, conversationId) is { } refusal) return refusal;
        var id = Uri.UnescapeDataString(activityId);
        Record(new ChannelCall("PUT", Uri.UnescapeDataString(conversationId), id, null, await ReadAsync(context)));
        return Results.Json(new { id });
    }

    private IResult Members(string conversationId)
    {
        _rosterRequests.Enqueue(Uri.UnescapeDataString(conversationId));
        var members = new JArray(Roster.Select(member => new JObject { ["id"] = member.Id, ["name"] = member.Name, ["aadObjectId"] = member.AadObjectId }));
        return Results.Text(new JObject { ["members"] = members }.ToString(), "application/json");
    }

    private void Record(ChannelCall call)
    {
        if (call.Activity.Type == ActivityTypes.Message) _arrivals.Enqueue((call.ConversationId, DateTimeOffset.UtcNow));
        _calls.Enqueue(call);
        _arrived.Release();
    }

    private static async Task<Activity> ReadAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        return JsonConvert.DeserializeObject<Activity>(await reader.ReadToEndAsync())!;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
