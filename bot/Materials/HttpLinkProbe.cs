using NrwBot.Dialogs.Materials;

namespace NrwBot.Host.Materials;

/// <summary>
/// Asks whether a material's link answers: HEAD first, GET when the server does not allow HEAD (405/501, or any
/// other failure of HEAD), each with the short time-out of the client's resilience pipeline. Only the status
/// counts; the body is not read. 2xx and 3xx (a sign-in redirect of SharePoint) count as reachable, and so do
/// 401/403 (the file exists but needs a sign-in the bot does not have).
/// </summary>
public sealed class HttpLinkProbe(IHttpClientFactory clients, MaterialsOptions options, ILogger<HttpLinkProbe> logger) : ILinkProbe
{
    public const string HttpClientName = "material-links";

    public async Task<bool> IsReachableAsync(string url, CancellationToken cancellationToken)
    {
        if (await StatusAsync(HttpMethod.Head, url, cancellationToken) is { } head && IsReachable(head)) return true;
        return await StatusAsync(HttpMethod.Get, url, cancellationToken) is { } get && IsReachable(get);
    }

    private static bool IsReachable(int status) => status is >= 200 and < 400 or 401 or 403;

    private async Task<int?> StatusAsync(HttpMethod method, string url, CancellationToken cancellationToken)
    {
        // The request's own deadline as well as the pipeline's: a server that never answers costs one time-out, not a round.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.LinkTimeout);
        try
        {
            using var request = new HttpRequestMessage(method, url);
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            return (int)response.StatusCode;
        }
        catch (Exception error) when (error is HttpRequestException or OperationCanceledException or Polly.Timeout.TimeoutRejectedException
            or Polly.CircuitBreaker.BrokenCircuitException or InvalidOperationException)
        {
            if (cancellationToken.IsCancellationRequested) throw;
            logger.LogInformation("Material link check: {Method} failed ({Error})", method, error.GetType().Name);
            return null;
        }
    }
}
