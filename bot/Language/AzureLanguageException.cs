namespace NrwBot.Host.Language;

/// <summary>
/// The Azure AI Language service answered with an error document, either for the whole request (HTTP status and
/// "error") or for our one document (the "errors" list of the results).
/// </summary>
public sealed class AzureLanguageException(string kind, int? status, string code, string? innerCode)
    : Exception($"Azure AI Language {kind} failed: HTTP {status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "200"}, {code}{(innerCode is null ? "" : "/" + innerCode)}")
{
    public string Kind { get; } = kind;

    public int? Status { get; } = status;

    public string Code { get; } = code;

    public string? InnerCode { get; } = innerCode;
}
