using System.Text.Encodings.Web;
using System.Text.Json;

namespace NrwBot.Dialogs.Places;

/// <summary>
/// <c>place "Lübbecke" [--json]</c>: resolves a place name as the bot would. With <c>--json</c> standard output
/// gets exactly one JSON object: the place <c>{"name","kind","kreis","regierungsbezirk"}</c>, or
/// <c>{"query","candidates":[…]}</c> when the name is ambiguous (several candidates) or unknown (none).
/// Exit code 0: one place, 2: ambiguous, 1: unknown, 64: wrong call.
/// </summary>
public static class PlaceCommandLine
{
    public const int Found = 0;
    public const int NotFound = 1;
    public const int Ambiguous = 2;
    public const int UsageError = 64;

    public static string DefaultPlacesFile => Path.Combine(AppContext.BaseDirectory, "content", "places", "nrw-places.json");

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs the command; <paramref name="args"/> may start with the word "place".</summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, TextWriter stdout, TextWriter? stderr = null, string? placesFile = null, CancellationToken cancellationToken = default)
    {
        var words = args.SkipWhile((arg, index) => index == 0 && arg == "place").ToList();
        var json = words.Remove("--json");
        var query = string.Join(' ', words).Trim();
        if (query.Length == 0 || words.Any(word => word.StartsWith("--", StringComparison.Ordinal)))
        {
            await (stderr ?? TextWriter.Null).WriteLineAsync(PlaceTexts.Usage.German.AsMemory(), cancellationToken);
            return UsageError;
        }
        var match = RegionCatalog.Load(placesFile ?? DefaultPlacesFile).Finder.Resolve(query);
        var output = json ? ToJson(query, match) : ToText(query, match);
        await stdout.WriteLineAsync(output.AsMemory(), cancellationToken);
        await stdout.FlushAsync(cancellationToken);
        return match is null ? NotFound : match.IsAmbiguous ? Ambiguous : Found;
    }

    public static string ToJson(string query, PlaceMatch? match)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            if (match?.Place is { } place) WritePlace(writer, place);
            else
            {
                writer.WriteStartObject();
                writer.WriteString("query", query);
                writer.WriteStartArray("candidates");
                foreach (var candidate in match?.Candidates ?? []) WritePlace(writer, candidate);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WritePlace(Utf8JsonWriter writer, Place place)
    {
        writer.WriteStartObject();
        writer.WriteString("name", place.Name);
        writer.WriteString("kind", place.KindName);
        writer.WriteString("kreis", place.Region?.Name);
        writer.WriteString("regierungsbezirk", place.Regierungsbezirk);
        writer.WriteEndObject();
    }

    private static string ToText(string query, PlaceMatch? match)
    {
        if (match is null) return PlaceTexts.NotFound.Format(query);
        if (match.IsAmbiguous)
            return string.Join(Environment.NewLine, match.Candidates.Select(place => "- " + Line(place)).Prepend(PlaceTexts.Ambiguous.Format(query)));
        var line = Line(match.Place!);
        return match.IsApproximate ? line + " " + PlaceTexts.Approximate.Format(query) : line;
    }

    private static string Line(Place place) => PlaceTexts.FoundLine.Format(place.Name, PlaceTexts.Describe(place), place.Regierungsbezirk);
}
