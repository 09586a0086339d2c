using System.Text.Json;
using System.Text.Json.Serialization;
using NrwBot.Dialogs.Language;

namespace NrwBot.Tests.Language;

/// <summary>One line of tests/data/redaction-set.jsonl: a text and the personal data in it (none for clean texts).</summary>
internal sealed record RedactionSetEntry(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("pii")] IReadOnlyList<RedactionSetEntry.Expected> Pii)
{
    public static IReadOnlyList<RedactionSetEntry> Load() => File.ReadLines(TestFiles.Data("redaction-set.jsonl"))
        .Where(line => line.Trim().Length > 0)
        .Select(line => JsonSerializer.Deserialize<RedactionSetEntry>(line, Options) ?? throw new InvalidDataException(line))
        .ToList();

    private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };

    internal sealed record Expected(
        [property: JsonPropertyName("category")] PiiCategory Category,
        [property: JsonPropertyName("text")] string Text);
}
