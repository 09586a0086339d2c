using System.Globalization;
using System.Text.RegularExpressions;

namespace NrwBot.Dialogs.Digest;

/// <summary>
/// What follows "Digest" in a message: a span ("letzte 30 Tage", "letzter Monat", "letzte Woche") and/or a region
/// ("Kreis Düren"), in either order. What is left after the span is taken as the region's name.
/// </summary>
public sealed partial record DigestAsk(int? Days, bool LastMonth, string? RegionName)
{
    public static DigestAsk Read(string rest)
    {
        var text = rest.Trim().TrimEnd('.', '!', '?').Trim();
        int? days = null;
        var lastMonth = false;
        if (DaysPattern().Match(text) is { Success: true } daysMatch)
        {
            days = int.TryParse(daysMatch.Groups["days"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : int.MaxValue;
            text = text.Remove(daysMatch.Index, daysMatch.Length);
        }
        else if (MonthPattern().Match(text) is { Success: true } monthMatch)
        {
            lastMonth = true;
            text = text.Remove(monthMatch.Index, monthMatch.Length);
        }
        else if (WeekPattern().Match(text) is { Success: true } weekMatch)
        {
            text = text.Remove(weekMatch.Index, weekMatch.Length);
        }
        var region = string.Join(' ', FillerPattern().Replace(text, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return new DigestAsk(days, lastMonth, region.Length == 0 ? null : region);
    }

    [GeneratedRegex(@"(?:(?:der|die)\s+)?(?:letzten?|vergangenen?)?\s*(?<days>\d{1,6})\s+tagen?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DaysPattern();

    [GeneratedRegex(@"(?:(?:der|den)\s+)?(?:letzte[nr]?|vorige[nr]?|vergangene[nr]?)\s+monat", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"(?:(?:der|die)\s+)?(?:letzte[nr]?|vorige[nr]?|vergangene[nr]?)\s+woche", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekPattern();

    // "Digest für Kreis Düren", "Digest Kreis Düren, letzte 30 Tage"
    [GeneratedRegex(@"^\s*(?:für|fuer|in|aus)\s+|[,;]|\s+(?:für|fuer|in|aus)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FillerPattern();
}
