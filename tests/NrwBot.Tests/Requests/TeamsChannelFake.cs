using System.Collections.Concurrent;
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

namespace NrwBot.Tests.Requests;

/// <summary>
/// The Teams side of the Bot Framework protocol on a loopback port, for the request cards: new messages (POST,
/// answered with a fresh message id), replaced messages (PUT …/activities/{id}) and the team roster
/// (GET …/pagedmembers). Unlike the foundation's FakeChannelConnector it also answers PUT and the roster.
/// </summary>
public sealed class TeamsChannelFake : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ChannelCall> _calls = new();
    private int _nextId = 1000;

    private TeamsChannelFake(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    /// <summary>The roster the team id answers with.</summary>
    public List<TeamMemberJson> Roster { get; } = [];

    public IReadOnlyList<ChannelCall> Calls => _calls.ToArray();

    /// <summary>The messages (no typing indicators) sent or replaced in a conversation, in order.</summary>
    public IReadOnlyList<ChannelCall> MessagesIn(string conversationId) =>
        Calls.Where(call => call.ConversationId == conversationId && call.Activity?.Type == ActivityTypes.Message).ToList();

    public static async Task<TeamsChannelFake> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new TeamsChannelFake(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{**replyToId}", fake.PostAsync);
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", fake.PutAsync);
        app.MapGet("/v3/conversations/{conversationId}/pagedmembers", fake.Members);
        await app.StartAsync();
        fake.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return fake;
    }

    private async Task<IResult> PostAsync(HttpContext context, string conversationId)
    {
        var id = "msg-" + Interlocked.Increment(ref _nextId);
        _calls.Enqueue(new ChannelCall("POST", Uri.UnescapeDataString(conversationId), id, await ReadAsync(context)));
        return Results.Json(new { id });
    }

    private async Task<IResult> PutAsync(HttpContext context, string conversationId, string activityId)
    {
        _calls.Enqueue(new ChannelCall("PUT", Uri.UnescapeDataString(conversationId), Uri.UnescapeDataString(activityId), await ReadAsync(context)));
        return Results.Json(new { id = activityId });
    }

    private IResult Members(string conversationId)
    {
        _calls.Enqueue(new ChannelCall("GET", Uri.UnescapeDataString(conversationId), null, null));
        var members = new JArray(Roster.Select(member => new JObject { ["id"] = member.Id, ["name"] = member.Name, ["aadObjectId"] = member.AadObjectId }));
        return Results.Text(new JObject { ["members"] = members }.ToString(), "application/json");
    }

    private static async Task<Activity> ReadAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        return JsonConvert.DeserializeObject<Activity>(await reader.ReadToEndAsync())!;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
