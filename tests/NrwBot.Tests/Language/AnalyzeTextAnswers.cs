using System.Text.Json.Nodes;

namespace NrwBot.Tests.Language;

/// <summary>
/// Answers in the documented shapes of <c>POST /language/:analyze-text?api-version=2023-04-01</c> (Azure REST API
/// reference and the examples in Azure/azure-rest-api-specs, 2023-04-01): "kind" + "results" with "documents",
/// "errors" and "modelVersion"; request errors as {"error": {"code", "message", "innererror"}}.
/// </summary>
internal static class AnalyzeTextAnswers
{
    public static ServiceAnswer LanguageDetection(string iso, string name, double confidence) => Results("LanguageDetectionResults",
        new JsonObject { ["id"] = "1", ["detectedLanguage"] = new JsonObject { ["name"] = name, ["iso6391Name"] = iso, ["confidenceScore"] = confidence }, ["warnings"] = new JsonArray() });

    public static ServiceAnswer Pii(string text, params (string Category, string Text)[] entities) => Results("PiiEntityRecognitionResults",
        new JsonObject { ["redactedText"] = Masked(text, entities), ["id"] = "1", ["entities"] = EntityArray(text, entities), ["warnings"] = new JsonArray() });

    public static ServiceAnswer KeyPhrases(params string[] phrases) => Results("KeyPhraseExtractionResults",
        new JsonObject { ["id"] = "1", ["keyPhrases"] = new JsonArray([.. phrases.Select(phrase => JsonValue.Create(phrase))]), ["warnings"] = new JsonArray() });

    public static ServiceAnswer Entities(string text, params (string Category, string Text)[] entities) => Results("EntityRecognitionResults",
        new JsonObject { ["id"] = "1", ["entities"] = EntityArray(text, entities), ["warnings"] = new JsonArray() });

    public static ServiceAnswer RequestError(int status, string code, string message, string innerCode) => new(status, new JsonObject
    {
        ["error"] = new JsonObject { ["code"] = code, ["message"] = message, ["innererror"] = new JsonObject { ["code"] = innerCode, ["message"] = message } },
    }.ToJsonString());

    public static ServiceAnswer DocumentError(string kind, string code, string innerCode) => new(200, new JsonObject
    {
        ["kind"] = kind,
        ["results"] = new JsonObject
        {
            ["documents"] = new JsonArray(),
            ["errors"] = new JsonArray(new JsonObject
            {
                ["id"] = "1",
                ["error"] = new JsonObject { ["code"] = code, ["message"] = "Invalid document in request.", ["innererror"] = new JsonObject { ["code"] = innerCode, ["message"] = "Invalid language code." } },
            }),
            ["modelVersion"] = "2023-04-01",
        },
    }.ToJsonString());

    private static ServiceAnswer Results(string kind, JsonObject document) => new(200, new JsonObject
    {
        ["kind"] = kind,
        ["results"] = new JsonObject { ["documents"] = new JsonArray(document), ["errors"] = new JsonArray(), ["modelVersion"] = "2023-04-01" },
    }.ToJsonString());

    private static JsonArray EntityArray(string text, (string Category, string Text)[] entities) => new([.. entities.Select(entity => (JsonNode)new JsonObject
    {
        ["text"] = entity.Text,
        ["category"] = entity.Category,
        ["offset"] = text.IndexOf(entity.Text, StringComparison.Ordinal),
        ["length"] = entity.Text.Length,
        ["confidenceScore"] = 0.9,
    })]);

    private static string Masked(string text, (string Category, string Text)[] entities) =>
        entities.Aggregate(text, (masked, entity) => masked.Replace(entity.Text, new string('*', entity.Text.Length), StringComparison.Ordinal));
}
