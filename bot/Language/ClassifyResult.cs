using System.Text.Json.Serialization;

namespace NrwBot.Host.Language;

/// <summary>The one JSON object "classify --json" prints (keys as in issue 5).</summary>
internal sealed record ClassifyResult(
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("pii")] IReadOnlyList<ClassifyResult.Pii> PersonalData,
    [property: JsonPropertyName("keyPhrases")] IReadOnlyList<string> KeyPhrases,
    [property: JsonPropertyName("places")] IReadOnlyList<ClassifyResult.Place> Places)
{
    internal sealed record Pii(
        [property: JsonPropertyName("category")] string Category,
        [property: JsonPropertyName("offset")] int Offset,
        [property: JsonPropertyName("length")] int Length,
        [property: JsonPropertyName("text")] string Text);

    internal sealed record Place(
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("region")] string? Region,
        [property: JsonPropertyName("regions")] IReadOnlyList<string> Regions,
        [property: JsonPropertyName("gemeinde")] string? Gemeinde,
        [property: JsonPropertyName("offset")] int Offset,
        [property: JsonPropertyName("length")] int Length);
}
