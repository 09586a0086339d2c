using System.Globalization;
using System.Text.RegularExpressions;

namespace NrwBot.Dialogs.Results;

/// <summary>
/// Writes what the LKS enters step by step as lines of the protocol structure <see cref="ResultsParser"/> reads, so the
/// step-by-step entry ends in the same parser, preview and store as a pasted or imported protocol. Every value is
/// written so that it cannot be read as another structure: bullets always carry a dash, a section heading starts
/// with its number, a sub-list's office is the gazetteer's exact name on a line of its own.
/// </summary>
public static partial class ProtocolWriter
{
    private static readonly string[] Months =
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    public static string Meeting(string title, DateOnly date, string? place) =>
        OneLine(title) + "\n" + string.Create(CultureInfo.InvariantCulture, $"{date.Day}. {Months[date.Month - 1]} {date.Year}")
        + (place is { Length: > 0 } ? " in " + OneLine(place).Replace(',', ' ') : "") + "\n";

    /// <summary>The n-th working group („AG I“, „AG II“ …, as the seed names them).</summary>
    public static string Group(int number) => "AG " + Roman(number) + "\n";

    public static string Section(int number, string title) => string.Create(CultureInfo.InvariantCulture, $"{number}. {OneLine(title)}\n");

    /// <summary>The bullets, one per line („(3)“ stays in the text: the parser reads it as the count), under the office's line when given.</summary>
    public static string Items(IEnumerable<string> bullets, string? office) =>
        (office is { Length: > 0 } ? office + "\n" : "") + string.Concat(bullets.Select(bullet => "- " + bullet + "\n"));

    /// <summary>The bullets of a multi-line answer: one per non-empty line, without the dashes or arrows a user may type.</summary>
    public static IReadOnlyList<string> Bullets(string text) =>
        text.Replace("\r\n", "\n").Split('\n').Select(line => Marker().Replace(OneLine(line), "").Trim()).Where(line => line.Length > 0).ToList();

    public static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    public static string Roman(int number)
    {
        var values = new[] { (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") };
        var result = "";
        foreach (var (value, letters) in values)
            while (number >= value) { result += letters; number -= value; }
        return result;
    }

    [GeneratedRegex(@"^([-–•*➔→>]\s*)+", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
