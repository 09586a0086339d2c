using System.Net;
using NrwBot.Dialogs.Telemetry;

namespace NrwBot.Host.Telemetry;

/// <summary>
/// Counts the bot's calls to the channel connector (replies, proactive messages, updates; every HttpClient from
/// the factory passes here, only connector paths are counted) by outcome: sent, throttled (429), failed.
/// </summary>
public sealed class ConnectorCallCounter : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!ConnectorUrls.IsConnectorCall(request.RequestUri)) return await base.SendAsync(request, cancellationToken);
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            Count(response.StatusCode == HttpStatusCode.TooManyRequests ? "throttled" : response.IsSuccessStatusCode ? "sent" : "failed");
            return response;
        }
        catch (HttpRequestException)
        {
            Count("failed");
            throw;
        }
    }

    private static void Count(string outcome) => NrwTelemetry.OutboundCalls.Add(1, new KeyValuePair<string, object?>(NrwTelemetry.Tags.Outcome, outcome));
}
