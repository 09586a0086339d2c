using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using NrwBot.Host.Adapter;

namespace NrwBot.Host.Hosting;

/// <summary>
/// POST /api/messages. Reads and checks the request before the adapter sees it, so that bad requests get
/// a 4xx and never a 500: other methods 405, an oversized body 413, malformed JSON or an activity without
/// the protocol's required fields (type, serviceUrl, channelId, conversation, from, recipient; channelData an object) 400, a missing or invalid token 401 (every kind of token failure, <see cref="TokenFailure"/>), 503
/// only when the channel's OpenID metadata cannot be fetched.
/// </summary>
public sealed class MessagesEndpoint(NrwCloudAdapter adapter, IBot bot, IOptions<BotOptions> options, ILogger<MessagesEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsPost(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "POST";
            return;
        }
        var maxBytes = options.Value.MaxRequestBytes;
        if (request.ContentLength > maxBytes)
        {
            response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        var body = await ReadLimitedAsync(request, maxBytes, context.RequestAborted);
        if (body is null)
        {
            response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        var activity = Parse(body);
        if (activity is null)
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        try
        {
            var invokeResponse = await adapter.ProcessCheckedActivityAsync(request.Headers.Authorization.ToString(), activity, bot, context.RequestAborted);
            await HttpHelper.WriteResponseAsync(response, invokeResponse);
        }
        catch (UnauthorizedAccessException error)
        {
            // One line, without the token: the reason is an exception type or the SDK's short sentence.
            logger.LogWarning("Refused an activity without a valid token ({Reason}) from {Remote}", TokenFailure.ReasonOf(error), context.Connection.RemoteIpAddress);
            response.StatusCode = StatusCodes.Status401Unauthorized;
        }
        catch (AuthenticationUnavailableException error)
        {
            logger.LogError("Could not check a token: {Reason} ({Inner})", error.Message, error.InnerException?.GetType().Name);
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.Headers.RetryAfter = "30";
        }
    }

    private static Activity? Parse(MemoryStream body)
    {
        try
        {
            if (!IsStorableText(body)) return null;
            body.Position = 0;
            using var reader = new JsonTextReader(new StreamReader(body));
            var activity = HttpHelper.BotMessageSerializer.Deserialize<Activity>(reader);
            return activity is not null && IsComplete(activity) ? activity : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// No string of the body (names and values) holds a NUL character (a JSON escape): PostgreSQL refuses it in text, so
    /// a question or a draft with one failed its turn there (found by MessagesFuzzPostgresTests); no channel sends it.
    /// (Unpaired surrogates need no check: the JSON reader turns them into U+FFFD.)
    /// </summary>
    private static bool IsStorableText(MemoryStream body)
    {
        using var reader = new JsonTextReader(new StreamReader(body, leaveOpen: true));
        while (reader.Read())
        {
            if (reader.TokenType is JsonToken.String or JsonToken.PropertyName && reader.Value is string text && text.Contains('\0')) return false;
        }
        return true;
    }

    /// <summary>Teams' longest ids (a channel thread with its message id) stay far below; found by MessagesFuzzTests.</summary>
    private const int MaxConversationIdLength = 1024;

    /// <summary>
    /// The fields the Bot Framework protocol requires of every activity, and the turn needs: its type, the channel's
    /// address for the answer (an http(s) URL), the channel, the conversation and the sender. Without the address the
    /// SDK failed while creating the connector client, before the turn and its error handler (500); without the others
    /// the turn failed inside (the state keys and the conversation's record need them). Found by MessagesFuzzTests.
    /// </summary>
    private static bool IsComplete(Activity activity) =>
        !string.IsNullOrWhiteSpace(activity.Type)
        && Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) && (serviceUrl.Scheme == Uri.UriSchemeHttps || serviceUrl.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrWhiteSpace(activity.ChannelId)
        && !string.IsNullOrWhiteSpace(activity.Conversation?.Id)
        // Channels' conversation ids are ASCII; the SDK sends the id as an HTTP header, where anything else threw.
        && activity.Conversation.Id.All(character => character is >= ' ' and <= '~')
        // It is also part of the reply's URL: a longer id than any channel gives made the reply fail (414).
        && activity.Conversation.Id.Length <= MaxConversationIdLength
        && !string.IsNullOrWhiteSpace(activity.From?.Id)
        && !string.IsNullOrWhiteSpace(activity.Recipient?.Id)
        // Every account it names has an id (the SDK's Teams handlers look members up by it).
        && (activity.MembersAdded ?? []).Concat(activity.MembersRemoved ?? []).All(member => !string.IsNullOrWhiteSpace(member?.Id))
        // An object by the protocol, of Teams' shape from Teams: the SDK's Teams handlers read it as one (a string, or a
        // team that was a string, made the turn fail).
        && activity.ChannelData is null or Newtonsoft.Json.Linq.JObject
        && (activity.ChannelId != Microsoft.Bot.Connector.Channels.Msteams || HasTeamsShape((Newtonsoft.Json.Linq.JObject?)activity.ChannelData));

    private static bool HasTeamsShape(Newtonsoft.Json.Linq.JObject? channelData)
    {
        if (channelData is null) return true;
        try
        {
            channelData.ToObject<Microsoft.Bot.Schema.Teams.TeamsChannelData>();
            return true;
        }
        catch (Exception error) when (error is JsonException or ArgumentException or InvalidCastException or FormatException)
        {
            return false;
        }
    }

    /// <summary>The body, or null when it is longer than allowed (also without a Content-Length header).</summary>
    private static async Task<MemoryStream?> ReadLimitedAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream(request.ContentLength is > 0 and var length ? (int)length : 4096);
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        return buffer;
    }
}
