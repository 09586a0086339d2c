using System.Globalization;
using System.Text.RegularExpressions;
using NrwBot.Dialogs.Digest;

namespace NrwBot.Dialogs.Analysis;

/// <summary>
/// Reads „Regionale Analyse [Region] [seit 01.03.2026 | seit 2025 | 2026]“: the region's name (empty for the
/// asker's own) and the period (default: the last 12 months up to today).
/// </summary>
public sealed partial record AnalysisAsk(string RegionName, DigestPeriod? Period, string? BadPeriod)
{
    public static AnalysisAsk Read(string rest, DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = DigestPeriod.LocalDate(now, zone);
        var since = Since().Match(rest);
        if (since.Success)
        {
            var name = rest.Remove(since.Index, since.Length).Trim();
            return SinceDate(since.Groups["when"].Value) is { } from && from <= today
                ? new AnalysisAsk(name, new DigestPeriod(from, today, zone), null)
                : new AnalysisAsk(name, null, since.Value.Trim());
        }
        var year = Year().Match(rest);
        if (year.Success)
        {
            var number = int.Parse(year.Groups["year"].Value, CultureInfo.InvariantCulture);
            var first = new DateOnly(number, 1, 1);
            var name = rest.Remove(year.Index, year.Length).Trim();
            return first > today
                ? new AnalysisAsk(name, null, year.Value.Trim())
                : new AnalysisAsk(name, new DigestPeriod(first, new DateOnly(number, 12, 31) < today ? new DateOnly(number, 12, 31) : today, zone), null);
        }
        return new AnalysisAsk(rest.Trim(), LastTwelveMonths(now, zone), null);
    }

    public static DigestPeriod LastTwelveMonths(DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = DigestPeriod.LocalDate(now, zone);
        return new DigestPeriod(today.AddMonths(-12).AddDays(1), today, zone);
    }

    private static DateOnly? SinceDate(string when) =>
        DateOnly.TryParseExact(when, ["d.M.yyyy", "dd.MM.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : int.TryParse(when, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100 ? new DateOnly(year, 1, 1)
        : null;

    [GeneratedRegex(@"\bseit\s+(?<when>\S+)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Since();

    [GeneratedRegex(@"(?:^|\s)(?<year>20\d\d)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
