using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Language;

/// <summary>
/// A stand-in for the Azure AI Language service on 127.0.0.1 with a free port: it records every call and answers
/// through <see cref="Answer"/>, which gets the call and how often this kind was called before (0 for the first).
/// </summary>
internal sealed class LoopbackLanguageService : IAsyncDisposable
{
    private LoopbackHttpServer? _server;
    private readonly ConcurrentQueue<ReceivedCall> _calls = new();
    private readonly ConcurrentDictionary<string, int> _callsPerKind = new();

    public required Func<ReceivedCall, int, ServiceAnswer> Answer { get; set; }

    public string BaseUrl => _server!.BaseUrl;

    public IReadOnlyList<ReceivedCall> Calls => _calls.ToList();

    public int CallsOf(string kind) => _calls.Count(call => call.Kind == kind);

    public static async Task<LoopbackLanguageService> StartAsync(Func<ReceivedCall, int, ServiceAnswer> answer)
    {
        var service = new LoopbackLanguageService { Answer = answer };
        service._server = await LoopbackHttpServer.StartAsync(service.HandleAsync);
        return service;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body) ?? new JsonObject();
        var call = new ReceivedCall(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.Query["api-version"].ToString(),
            context.Request.Headers["Ocp-Apim-Subscription-Key"].ToString(),
            body);
        _calls.Enqueue(call);
        var before = _callsPerKind.AddOrUpdate(call.Kind, 0, (_, count) => count + 1);
        var answer = Answer(call, before);
        context.Response.StatusCode = answer.Status;
        if (answer.RetryAfter is not null) context.Response.Headers.RetryAfter = answer.RetryAfter;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.Json);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}

/// <summary>A request as the loopback service received it.</summary>
internal sealed record ReceivedCall(string Method, string Path, string ApiVersion, string Key, JsonNode Body)
{
    public string Kind => Body["kind"]?.GetValue<string>() ?? "";

    public string Text => Body["analysisInput"]?["documents"]?[0]?["text"]?.GetValue<string>() ?? "";

    public string? Language => Body["analysisInput"]?["documents"]?[0]?["language"]?.GetValue<string>();

    public JsonNode? Parameters => Body["parameters"];
}

/// <summary>What the loopback service answers: HTTP status, JSON body and optionally a Retry-After header.</summary>
internal sealed record ServiceAnswer(int Status, string Json, string? RetryAfter = null);
