using System.Text.Json;
using System.Text.Json.Serialization;

namespace NrwBot.Tests.Language;

/// <summary>One line of tests/data/support-needs-dev.jsonl; <see cref="Source"/> names the seed section it comes from.</summary>
internal sealed record DevSetEntry(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("source")] string? Source)
{
    public static IReadOnlyList<DevSetEntry> Load() => File.ReadLines(TestFiles.Data("support-needs-dev.jsonl"))
        .Where(line => line.Trim().Length > 0)
        .Select(line => JsonSerializer.Deserialize<DevSetEntry>(line) ?? throw new InvalidDataException(line))
        .ToList();
}
