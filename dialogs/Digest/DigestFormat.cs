using System.Globalization;

namespace NrwBot.Dialogs.Digest;

/// <summary>
/// German numbers, dates and symbols of the digest, shared by every renderer. Formats are written out with the
/// invariant culture, so the output is the same on machines without German culture data.
/// </summary>
public static class DigestFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Title(DigestReport report) => string.Format(Invariant, DigestTexts.Title.German, PeriodLabel(report.Period));

    public static string PeriodLabel(DigestPeriod period) => period.IsCalendarWeek
        ? string.Format(Invariant, DigestTexts.WeekLabel.German, ISOWeek.GetWeekOfYear(period.From.ToDateTime(TimeOnly.MinValue)), ShortDate(period.From), Date(period.To))
        : string.Format(Invariant, DigestTexts.RangeLabel.German, period.From.Year == period.To.Year ? ShortDate(period.From) : Date(period.From), Date(period.To));

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", Invariant);

    public static string ShortDate(DateOnly date) => date.ToString("dd.MM.", Invariant);

    public static string DateTime(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("dd.MM.yyyy HH:mm", Invariant);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    public static string Number(int value) => value.ToString(Invariant);

    public static string Trend(DigestTrend trend) => trend switch
    {
        DigestTrend.Up => DigestTexts.TrendUp.German,
        DigestTrend.Down => DigestTexts.TrendDown.German,
        _ => DigestTexts.TrendSame.German,
    };

    public static DigestTrend TrendOf(int count, int previous) => new DigestCount("", count, previous).Trend;

    public static string Age(int days) => days switch
    {
        0 => DigestTexts.AgeToday.German,
        1 => DigestTexts.AgeOneDay.German,
        _ => string.Format(Invariant, DigestTexts.AgeDays.German, days),
    };

    public static string Mark(OpenRequestAge age) => age switch
    {
        OpenRequestAge.OverFourteenDays => DigestTexts.MarkOverFourteen.German,
        OpenRequestAge.OverSevenDays => DigestTexts.MarkOverSeven.German,
        _ => DigestTexts.MarkRecent.German,
    };

    /// <summary>Under two days in hours, else in days with one decimal ("2,5 Tage").</summary>
    public static string Duration(TimeSpan duration) => duration < TimeSpan.FromDays(2)
        ? string.Format(Invariant, DigestTexts.Hours.German, Math.Round(duration.TotalHours).ToString("0", Invariant))
        : string.Format(Invariant, DigestTexts.Days.German, duration.TotalDays.ToString("0.0", Invariant).Replace('.', ','));

    public static string State(DigestRequestState state) => state switch
    {
        DigestRequestState.Open => DigestTexts.StateOpen.German,
        DigestRequestState.InProgress => DigestTexts.StateInProgress.German,
        DigestRequestState.Resolved => DigestTexts.StateResolved.German,
        _ => DigestTexts.StateClosed.German,
    };

    public static string Holder(string? holder) => holder ?? DigestTexts.NoHolder.German;

    public static string Region(string? region) => region ?? DigestTexts.NoRegion.German;

    public static string Format(string template, params object?[] values) => string.Format(Invariant, template, values);
}
