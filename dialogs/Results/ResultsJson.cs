using System.Text.Encodings.Web;
using System.Text.Json;

namespace NrwBot.Dialogs.Results;

/// <summary>
/// What an import understood as one JSON object:
/// <c>{"title","date","place","groups":[{"name","sections":[{"number","title","items":[{"text","count","place"}]}]}]}</c>
/// (date ISO 8601, count and place null where there is none); problems as <c>{"problems":[{"line","message"}]}</c>.
/// </summary>
public static class ResultsJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static string Write(MeetingResults results, IReadOnlyList<SupportNeedCount>? supportNeeds = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("title", results.Title);
            writer.WriteString("date", results.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("place", results.Place);
            writer.WriteStartArray("groups");
            foreach (var group in results.Groups) WriteGroup(writer, group);
            writer.WriteEndArray();
            if (supportNeeds is not null) WriteSupportNeeds(writer, supportNeeds);
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string WriteProblems(IReadOnlyList<ResultsProblem> problems)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("problems");
            foreach (var problem in problems)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", problem.Line);
                writer.WriteString("message", problem.Message);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteGroup(Utf8JsonWriter writer, ResultGroup group)
    {
        writer.WriteStartObject();
        writer.WriteString("name", group.Name);
        writer.WriteStartArray("sections");
        foreach (var section in group.Sections)
        {
            writer.WriteStartObject();
            writer.WriteNumber("number", section.Number);
            writer.WriteString("title", section.Title);
            writer.WriteStartArray("items");
            foreach (var item in section.Items) WriteItem(writer, item);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteItem(Utf8JsonWriter writer, ResultItem item)
    {
        writer.WriteStartObject();
        writer.WriteString("text", item.Text);
        if (item.Count is { } count) writer.WriteNumber("count", count); else writer.WriteNull("count");
        writer.WriteString("place", item.Place);
        writer.WriteEndObject();
    }

    // Extra member after the required ones, so readers of the documented shape are unaffected.
    private static void WriteSupportNeeds(Utf8JsonWriter writer, IReadOnlyList<SupportNeedCount> counts)
    {
        writer.WriteStartArray("supportNeeds");
        foreach (var count in counts)
        {
            writer.WriteStartObject();
            writer.WriteString("category", count.CategoryId);
            writer.WriteNumber("count", count.Count);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
