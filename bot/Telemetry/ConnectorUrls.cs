using System.Text.RegularExpressions;

namespace NrwBot.Host.Telemetry;

/// <summary>
/// Connector URLs carry conversation and activity ids (/v3/conversations/a:1xyz…/activities/123): for traces they
/// are reduced to their shape, /v3/conversations/{id}/activities/{id}, so no id reaches the telemetry.
/// </summary>
public static partial class ConnectorUrls
{
    public static bool IsConnectorCall(Uri? uri) => uri?.AbsolutePath.Contains("/v3/conversations", StringComparison.Ordinal) == true;

    public static string Redact(Uri uri)
    {
        var path = IdSegment().Replace(uri.AbsolutePath, "/$1/{id}");
        return $"{uri.Scheme}://{uri.Authority}{path}";
    }

    [GeneratedRegex(@"/(conversations|activities|members|pagedmembers|attachments|teams|channels|users)/[^/?]+")]
    private static partial Regex IdSegment();
}
