using System.Text.Json;
using Microsoft.Extensions.Logging;
using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.Language;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace NrwBot.Host.Language;

/// <summary>
/// Analyses a text with the Azure AI Language service and falls back to <see cref="OfflineLanguageAnalyzer"/> when
/// the service keeps failing (after the HttpClient's retries) or its circuit is open. The offline patterns for
/// personal data run in any case and are merged with the service's findings: redaction must not depend on the
/// service recognising a German IBAN or "Musterstraße 12, 52349 Düren".
/// </summary>
internal sealed class AzureLanguageAnalyzer(
    AzureLanguageClient client,
    OfflineLanguageAnalyzer offline,
    IRegionDirectory regions,
    ILogger<AzureLanguageAnalyzer> logger) : ILanguageAnalyzer
{
    // The synchronous API takes documents of up to 5,120 characters.
    private const int LongestDocument = 5120;

    public async Task<LanguageAnalysis> AnalyzeAsync(string text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text)) return offline.Analyze(text, AnalysisSource.Offline);
        if (text.Length > LongestDocument)
        {
            logger.LogInformation("Text of {Length} characters is too long for Azure AI Language; analysed offline", text.Length);
            return offline.Analyze(text, AnalysisSource.OfflineFallback);
        }
        try
        {
            return await AnalyzeWithServiceAsync(text, cancellationToken);
        }
        catch (Exception exception) when (IsServiceFailure(exception, cancellationToken))
        {
            // Never log the text: it may hold personal data.
            logger.LogWarning("Azure AI Language failed ({Failure}); analysed offline", Describe(exception));
            return offline.Analyze(text, AnalysisSource.OfflineFallback);
        }
    }

    private async Task<LanguageAnalysis> AnalyzeWithServiceAsync(string text, CancellationToken cancellationToken)
    {
        var language = await client.DetectLanguageAsync(text, cancellationToken);
        var code = LanguageCodes.FromIso(language.Iso6391Name);
        // The other tasks need a language; for anything but English the German models are the better guess here.
        var taskLanguage = code == LanguageCodes.English ? "en" : "de";
        var piiTask = client.RecognizePiiAsync(text, taskLanguage, cancellationToken);
        var phrasesTask = client.ExtractKeyPhrasesAsync(text, taskLanguage, cancellationToken);
        var entitiesTask = client.RecognizeEntitiesAsync(text, taskLanguage, cancellationToken);
        await Task.WhenAll(piiTask, phrasesTask, entitiesTask);

        var pii = PiiEntities.Merge(ServiceResults.Pii(text, piiTask.Result).Concat(PiiRecognizer.Recognize(text)), text);
        return new LanguageAnalysis(
            code,
            language.ConfidenceScore,
            pii,
            PiiRedactor.Redact(text, pii),
            ServiceResults.KeyPhrasesWithout(phrasesTask.Result, pii),
            ServiceResults.Places(text, entitiesTask.Result, pii, regions),
            AnalysisSource.Azure);
    }

    private static bool IsServiceFailure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        HttpRequestException or AzureLanguageException or BrokenCircuitException or TimeoutRejectedException => true,
        JsonException or KeyNotFoundException or InvalidOperationException or FormatException => true,
        _ => false,
    };

    private static string Describe(Exception exception) => exception switch
    {
        AzureLanguageException azure => azure.Message,
        HttpRequestException http => $"HTTP {(int?)http.StatusCode} {http.HttpRequestError}",
        _ => exception.GetType().Name,
    };
}
