using System.Globalization;
using System.Text.RegularExpressions;
using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Results;

/// <summary>
/// Reads meeting results in the structure of the LKS protocols (see README, „Ergebnissicherung"):
/// title line; date line „12. Juli 2007 in Düsseldorf, …"; optional subtitle lines; working groups „AG I (…)";
/// numbered questions „1. …" (a repeated number such as „5. + Ergebnissicherung" continues the question);
/// bullets „- …", „➔ …" with an optional count „(3)"; indented „ - …" sub-bullets belong to the bullet above;
/// a line without a marker is a bullet whose dash was lost, unless the bullet above ends with a comma (then it
/// continues it) or the line is exactly a place name (then it starts that office's sub-list).
/// Every problem is reported with its line; with any problem nothing is returned to store.
/// </summary>
public sealed partial class ResultsParser(PlaceFinder places)
{
    public const int MaxTextLength = 200_000;
    public const int MaxItemLength = 1_000;

    private static readonly string[] Months =
        ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"];

    public ResultsImport Parse(string text)
    {
        if (text.Length > MaxTextLength) return Failed(1, string.Format(CultureInfo.InvariantCulture, ResultsTexts.TooLong.German, MaxTextLength / 1000));
        if (text.Contains('\0')) return Failed(1, ResultsTexts.NotText.German);
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var state = new ParseState();
        for (var index = 0; index < lines.Length; index++) ReadLine(state, lines[index], index + 1);
        state.CloseGroup();
        CheckWhole(state, lines.Length);
        if (state.Problems.Count > 0) return new ResultsImport(null, state.Problems);
        return new ResultsImport(new MeetingResults(state.Title!, state.Date!.Value, state.Place, state.Groups), []);
    }

    private static ResultsImport Failed(int line, string message) => new(null, [new ResultsProblem(line, message)]);

    private void ReadLine(ParseState state, string raw, int number)
    {
        var line = raw.Trim();
        if (line.Length == 0) return;
        if (line.Length > MaxItemLength) { state.Problem(number, string.Format(CultureInfo.InvariantCulture, ResultsTexts.LineTooLong.German, MaxItemLength)); return; }
        if (state.Title is null) { state.Title = line; state.TitleLine = number; return; }
        if (state.Date is null && state.Groups.Count == 0 && state.GroupName is null) { ReadDateLine(state, line, number); return; }
        if (GroupHeading().Match(line) is { Success: true } group) { state.StartGroup(group.Groups["name"].Value, number); return; }
        if (SectionHeading().Match(line) is { Success: true } section) { ReadSection(state, section, number); return; }
        if (state.GroupName is null) return; // subtitle lines between the date and the first group („Ergebnisse der Arbeitsgruppen")
        if (state.SectionTitle is null) { state.Problem(number, ResultsTexts.BulletOutsideSection.German); return; }
        ReadBullet(state, raw, line, number);
    }

    private void ReadDateLine(ParseState state, string line, int number)
    {
        var match = DateLine().Match(line);
        var month = match.Success ? Array.IndexOf(Months, match.Groups["month"].Value.ToLowerInvariant()) + 1 : 0;
        if (month == 0 || !DateOnly.TryParseExact(
                $"{match.Groups["year"].Value}-{month:00}-{int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture):00}",
                "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            state.Problem(number, ResultsTexts.DateMissing.German);
            state.Date = DateOnly.MinValue;
            return;
        }
        state.Date = date;
        var placeText = match.Groups["place"].Value.Trim();
        state.Place = placeText.Length == 0 ? null : places.ResolveExactName(placeText)?.Place?.Name ?? placeText;
    }

    private static void ReadSection(ParseState state, Match section, int number)
    {
        if (state.GroupName is null) { state.Problem(number, ResultsTexts.SectionOutsideGroup.German); return; }
        var sectionNumber = int.Parse(section.Groups["number"].Value, CultureInfo.InvariantCulture);
        var title = section.Groups["title"].Value.Trim();
        if (sectionNumber == state.SectionNumber && title.StartsWith('+'))
        {
            state.AddItem(Clean(title), null, number); // „5. + Ergebnissicherung": more for the same question
            return;
        }
        if (sectionNumber != state.SectionNumber + 1)
        {
            state.Problem(number, string.Format(CultureInfo.InvariantCulture, ResultsTexts.SectionOutOfOrder.German, sectionNumber, state.SectionNumber + 1));
            return;
        }
        state.StartSection(sectionNumber, title, number);
    }

    private void ReadBullet(ParseState state, string raw, string line, int number)
    {
        var marked = BulletMarker().IsMatch(line);
        if (marked && char.IsWhiteSpace(raw[0]) && state.HasItem) { state.ExtendItem(Clean(line), separator: state.LastItemEndsWith(':') || state.LastItemEndsWith(',') ? " " : ", "); return; }
        if (!marked && state.HasItem && state.LastItemEndsWith(',')) { state.ExtendItem(line, separator: " "); return; }
        if (!marked && places.ResolveExactName(line)?.Place is { } office) { state.Office = office.Name; return; }
        var text = Clean(line);
        var count = CountMark().Match(text);
        if (count.Success) text = Spaces().Replace(text.Remove(count.Index, count.Length), " ").Trim();
        if (text.Length == 0) { state.Problem(number, ResultsTexts.EmptyBullet.German); return; }
        state.AddItem(text, count.Success ? int.Parse(count.Groups["count"].Value, CultureInfo.InvariantCulture) : null, number);
    }

    private static string Clean(string line) => BulletMarker().Replace(line, "").Trim().TrimStart('+').Trim();

    private static void CheckWhole(ParseState state, int lineCount)
    {
        if (state.Title is null) { state.Problem(1, ResultsTexts.Empty.German); return; }
        if (state.Date is null) state.Problem(state.TitleLine + 1, ResultsTexts.DateMissing.German);
        if (state.Groups.Count == 0 && state.Problems.Count == 0) state.Problem(lineCount, ResultsTexts.NoGroups.German);
    }

    [GeneratedRegex(@"^(?<day>\d{1,2})\.\s*(?<month>\p{L}+)\s+(?<year>\d{4})(\s+(in|im)\s+(?<place>[^,]+))?", RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(?<name>(AG|Arbeitsgruppe)\s+([IVX]+|\d+))\b", RegexOptions.CultureInvariant)]
    private static partial Regex GroupHeading();

    [GeneratedRegex(@"^(?<number>\d{1,2})\.\s+(?<title>[\p{L}+„""].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^([-–•*➔→>]\s*)+", RegexOptions.CultureInvariant)]
    private static partial Regex BulletMarker();

    [GeneratedRegex(@"\((?<count>\d{1,3})\)", RegexOptions.CultureInvariant)]
    private static partial Regex CountMark();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
