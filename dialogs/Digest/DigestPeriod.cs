using System.Globalization;

namespace NrwBot.Dialogs.Digest;

/// <summary>
/// The days a digest covers, as local dates (both inclusive) in a time zone, so a week runs from Monday 00:00 to
/// Sunday 24:00 in Germany whatever the offset to UTC is that week.
/// </summary>
public sealed record DigestPeriod
{
    public DigestPeriod(DateOnly from, DateOnly to, TimeZoneInfo zone)
    {
        if (to < from) throw new ArgumentException($"The period ends ({to:O}) before it starts ({from:O}).", nameof(to));
        From = from;
        To = to;
        Zone = zone;
    }

    public DateOnly From { get; }

    /// <summary>The last day of the period (inclusive).</summary>
    public DateOnly To { get; }

    public TimeZoneInfo Zone { get; }

    public int Days => To.DayNumber - From.DayNumber + 1;

    public DateTimeOffset Start => Midnight(From);

    /// <summary>The first instant after the period (exclusive).</summary>
    public DateTimeOffset End => Midnight(To.AddDays(1));

    /// <summary>The period of the same length just before this one, for the trend.</summary>
    public DigestPeriod Previous => new(From.AddDays(-Days), From.AddDays(-1), Zone);

    public bool IsCalendarWeek => Days == 7 && From.DayOfWeek == DayOfWeek.Monday;

    /// <summary>Identifies the period, e.g. in the table of scheduled deliveries: "2026-11-16..2026-11-22".</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}");

    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    /// <summary>Europe/Berlin, or UTC on a system without time zone data.</summary>
    public static TimeZoneInfo DefaultZone { get; } = FindZone("Europe/Berlin") ?? TimeZoneInfo.Utc;

    public static TimeZoneInfo? FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception error) when (error is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>Monday to Sunday of the calendar week before the one <paramref name="now"/> falls in.</summary>
    public static DigestPeriod PreviousWeek(DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = LocalDate(now, zone);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return new DigestPeriod(monday.AddDays(-7), monday.AddDays(-1), zone);
    }

    /// <summary>The calendar month before the one <paramref name="now"/> falls in.</summary>
    public static DigestPeriod PreviousMonth(DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = LocalDate(now, zone);
        var first = new DateOnly(today.Year, today.Month, 1);
        return new DigestPeriod(first.AddMonths(-1), first.AddDays(-1), zone);
    }

    /// <summary>The last <paramref name="days"/> days up to and including today.</summary>
    public static DigestPeriod LastDays(int days, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var today = LocalDate(now, zone);
        return new DigestPeriod(today.AddDays(1 - days), today, zone);
    }

    // Midnight exists on every day in Germany (the clocks change at 2 and 3 o'clock), so no invalid local time here.
    private DateTimeOffset Midnight(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
