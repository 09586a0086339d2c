using System.Net;
using System.Text;
using NrwBot.Dialogs.Results;

namespace NrwBot.Host.NetworkResults;

/// <summary>
/// Downloads a protocol file attached in the chat through the named client <see cref="HttpClientName"/>: https only
/// (loopback http only when <see cref="ResultsFileOptions.AllowLoopbackHttp"/>), no redirects, a short time-out, at
/// most <see cref="ResultsFileOptions.MaxBytes"/> read. A body that is not text (a PDF or an image, whatever its name)
/// is refused. Decoded as UTF-8, or as Windows-1252 when it is no valid UTF-8 (older protocols).
/// </summary>
public sealed class HttpProtocolFiles(IHttpClientFactory clients, ResultsFileOptions options, ILogger<HttpProtocolFiles> logger) : IProtocolFiles
{
    public const string HttpClientName = "results-files";

    /// <summary>Protocols saved by older Windows editors („ANSI“); .NET provides it once the code pages are registered.</summary>
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static readonly byte[][] BinarySignatures = [[0x25, 0x50, 0x44, 0x46], [0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF], [0x50, 0x4B, 0x03, 0x04], [0x47, 0x49, 0x46, 0x38]];

    public async Task<ProtocolFile> ReadAsync(string address, CancellationToken cancellationToken)
    {
        if (!Allowed(address)) return ProtocolFile.Refused(ResultsTexts.FileAddressRefused);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Timeout);
        try
        {
            using var response = await clients.CreateClient(HttpClientName).GetAsync(address, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            if (!response.IsSuccessStatusCode) return ProtocolFile.Refused(ResultsTexts.FileUnreachable);
            if (response.Content.Headers.ContentLength > options.MaxBytes) return ProtocolFile.Refused(ResultsTexts.FileTooLarge);
            var bytes = await ReadLimitedAsync(await response.Content.ReadAsStreamAsync(deadline.Token), deadline.Token);
            if (bytes is null) return ProtocolFile.Refused(ResultsTexts.FileTooLarge);
            return IsBinary(bytes, response.Content.Headers.ContentType?.MediaType) ? ProtocolFile.Refused(ResultsTexts.FileNotText) : ProtocolFile.Read(Decode(bytes));
        }
        catch (Exception error) when (error is HttpRequestException or OperationCanceledException or IOException or Polly.Timeout.TimeoutRejectedException)
        {
            if (cancellationToken.IsCancellationRequested) throw;
            logger.LogInformation("Protocol file download failed ({Error})", error.GetType().Name);
            return ProtocolFile.Refused(ResultsTexts.FileUnreachable);
        }
    }

    private bool Allowed(string address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0) return false;
        if (uri.Scheme == Uri.UriSchemeHttps) return true;
        return uri.Scheme == Uri.UriSchemeHttp && options.AllowLoopbackHttp && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip)));
    }

    /// <summary>The body, or null when it is longer than the limit (a server may not say its length).</summary>
    private async Task<byte[]?> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        await using (body)
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > options.MaxBytes) return null;
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
    }

    private static bool IsBinary(byte[] bytes, string? mediaType) =>
        mediaType is { } type && (type.StartsWith("image/", StringComparison.OrdinalIgnoreCase) || type is "application/pdf" or "application/msword"
            || type.StartsWith("application/vnd.openxmlformats", StringComparison.OrdinalIgnoreCase))
        || BinarySignatures.Any(signature => bytes.AsSpan().StartsWith(signature))
        || bytes.AsSpan().Contains((byte)0);

    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.GetString(bytes);
        }
    }
}
