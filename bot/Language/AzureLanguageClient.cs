using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NrwBot.Host.Language;

/// <summary>
/// The four synchronous tasks of the Azure AI Language REST API that NrwBot uses, one document per call:
/// <c>POST {endpoint}/language/:analyze-text?api-version=2023-04-01</c>. Retries and the circuit breaker sit in
/// the HttpClient's resilience handler (see <see cref="LanguageAnalysisServiceCollectionExtensions"/>); this class
/// turns error documents into <see cref="AzureLanguageException"/>.
/// </summary>
internal sealed class AzureLanguageClient(HttpClient http)
{
    public const string ApiVersion = "2023-04-01";
    public const string RequestPath = "language/:analyze-text?api-version=" + ApiVersion;
    /// <summary>The named HttpClient that carries the endpoint, the key and the resilience pipeline.</summary>
    public const string HttpClientName = "azure-language";

    public const string KeyHeader = "Ocp-Apim-Subscription-Key";

    // Only what redaction needs: Azure's PII task would otherwise also flag dates, organisations and amounts.
    private static readonly string[] PiiCategories = ["Person", "PhoneNumber", "Email", "Address", "InternationalBankingAccountNumber"];
    private const string DocumentId = "1";

    public async Task<ServiceLanguage> DetectLanguageAsync(string text, CancellationToken cancellationToken)
    {
        var document = await AnalyzeAsync("LanguageDetection", new JsonObject { ["id"] = DocumentId, ["text"] = text, ["countryHint"] = "de" }, [], cancellationToken);
        var detected = document.GetProperty("detectedLanguage");
        return new ServiceLanguage(detected.GetProperty("iso6391Name").GetString() ?? "", detected.GetProperty("confidenceScore").GetDouble());
    }

    public async Task<IReadOnlyList<ServiceEntity>> RecognizePiiAsync(string text, string language, CancellationToken cancellationToken)
    {
        var parameters = new JsonObject { ["piiCategories"] = new JsonArray([.. PiiCategories.Select(category => JsonValue.Create(category))]), ["stringIndexType"] = "Utf16CodeUnit" };
        var document = await AnalyzeAsync("PiiEntityRecognition", Document(text, language), parameters, cancellationToken);
        return Entities(document);
    }

    public async Task<IReadOnlyList<string>> ExtractKeyPhrasesAsync(string text, string language, CancellationToken cancellationToken)
    {
        var document = await AnalyzeAsync("KeyPhraseExtraction", Document(text, language), [], cancellationToken);
        return document.GetProperty("keyPhrases").EnumerateArray().Select(phrase => phrase.GetString() ?? "").Where(phrase => phrase.Length > 0).ToList();
    }

    public async Task<IReadOnlyList<ServiceEntity>> RecognizeEntitiesAsync(string text, string language, CancellationToken cancellationToken)
    {
        var document = await AnalyzeAsync("EntityRecognition", Document(text, language), new JsonObject { ["stringIndexType"] = "Utf16CodeUnit" }, cancellationToken);
        return Entities(document);
    }

    private async Task<JsonElement> AnalyzeAsync(string kind, JsonObject document, JsonObject parameters, CancellationToken cancellationToken)
    {
        parameters["modelVersion"] = "latest";
        parameters["loggingOptOut"] = true; // DSGVO: the service must not keep request texts in its logs.
        var body = new JsonObject
        {
            ["kind"] = kind,
            ["parameters"] = parameters,
            ["analysisInput"] = new JsonObject { ["documents"] = new JsonArray(document) },
        };
        using var response = await http.PostAsJsonAsync(RequestPath, body, cancellationToken);
        using var answer = await ReadJsonAsync(kind, response, cancellationToken);
        if (!response.IsSuccessStatusCode) throw ErrorOf(kind, (int)response.StatusCode, answer?.RootElement);
        return OurDocument(kind, answer?.RootElement ?? throw new AzureLanguageException(kind, null, "EmptyResponse", null));
    }

    private static async Task<JsonDocument?> ReadJsonAsync(string kind, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var content = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(content)) return null;
        try
        {
            return JsonDocument.Parse(content);
        }
        catch (JsonException)
        {
            throw new AzureLanguageException(kind, (int)response.StatusCode, "MalformedResponse", null);
        }
    }

    private static JsonElement OurDocument(string kind, JsonElement root)
    {
        if (!root.TryGetProperty("results", out var results)) throw new AzureLanguageException(kind, null, "MalformedResponse", null);
        if (results.TryGetProperty("errors", out var errors))
        {
            foreach (var error in errors.EnumerateArray().Where(error => error.TryGetProperty("id", out var id) && id.GetString() == DocumentId))
                throw ErrorOf(kind, null, error);
        }
        var document = results.GetProperty("documents").EnumerateArray().FirstOrDefault(candidate => candidate.GetProperty("id").GetString() == DocumentId);
        return document.ValueKind == JsonValueKind.Object ? document.Clone() : throw new AzureLanguageException(kind, null, "DocumentMissing", null);
    }

    private static AzureLanguageException ErrorOf(string kind, int? status, JsonElement? container)
    {
        var error = container is { ValueKind: JsonValueKind.Object } element && element.TryGetProperty("error", out var found) ? found : default;
        if (error.ValueKind != JsonValueKind.Object) return new AzureLanguageException(kind, status, "NoErrorDocument", null);
        var inner = error.TryGetProperty("innererror", out var innerError) && innerError.TryGetProperty("code", out var innerCode) ? innerCode.GetString() : null;
        return new AzureLanguageException(kind, status, error.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "", inner);
    }

    private static JsonObject Document(string text, string language) => new() { ["id"] = DocumentId, ["text"] = text, ["language"] = language };

    private static List<ServiceEntity> Entities(JsonElement document) => document.GetProperty("entities").EnumerateArray()
        .Select(entity => new ServiceEntity(
            entity.GetProperty("text").GetString() ?? "",
            entity.GetProperty("category").GetString() ?? "",
            entity.TryGetProperty("subcategory", out var subcategory) ? subcategory.GetString() : null,
            entity.GetProperty("offset").GetInt32(),
            entity.GetProperty("length").GetInt32()))
        .ToList();
}

/// <summary>The language the service detected (ISO 639-1, or "(Unknown)") and its confidence.</summary>
internal sealed record ServiceLanguage(string Iso6391Name, double ConfidenceScore);

/// <summary>An entity as the service reports it (PII or named entity), offsets in UTF-16 code units.</summary>
internal sealed record ServiceEntity(string Text, string Category, string? Subcategory, int Offset, int Length);
