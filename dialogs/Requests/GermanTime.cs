using System.Globalization;

namespace NrwBot.Dialogs.Requests;

/// <summary>Dates as the users in NRW read them: German local time, German formats.</summary>
public static class GermanTime
{
    private static readonly TimeZoneInfo Zone = FindZone();
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static DateTimeOffset Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);

    /// <summary>The year a request is numbered in: the German one, so a request at 00:30 on 1 January counts for the new year.</summary>
    public static int Year(DateTimeOffset moment) => Local(moment).Year;

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(Local(now).DateTime);

    /// <summary>The start of the German day of <paramref name="now"/> (with that midnight's own offset, so the day a clock changes is right too).</summary>
    public static DateTimeOffset StartOfDay(DateTimeOffset now)
    {
        var midnight = Today(now).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight));
    }

    public static string DateAndTime(DateTimeOffset moment) => Local(moment).ToString("dd.MM.yyyy, HH:mm", German);

    public static string Date(DateTimeOffset moment) => Local(moment).ToString("dd.MM.yyyy", German);

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", German);

    public static int DaysBetween(DateTimeOffset earlier, DateTimeOffset later) =>
        Today(later).DayNumber - Today(earlier).DayNumber;

    // Windows knows the zone as "W. Europe Standard Time"; .NET maps IANA ids on Windows with ICU, but not without it.
    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time");
        }
    }
}
