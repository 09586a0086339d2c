using System.Globalization;

namespace NrwBot.Dialogs.Requests.Intake;

/// <summary>Reads a Wunschtermin as typed ("15.12.2026", "15.12.", "2026-12-15") or sent by a date input.</summary>
public static class DateAnswer
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "d.M.yyyy", "d.M.yy", "dd.MM.yyyy", "d. M. yyyy"];

    /// <summary>The date as "yyyy-MM-dd", or null when the text is no date. "15.12." means the next 15 December.</summary>
    public static DateOnly? Parse(string text, DateOnly today)
    {
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        if (DateOnly.TryParseExact(trimmed.TrimEnd('.') + "." + today.Year.ToString(CultureInfo.InvariantCulture), "d.M.yyyy",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var thisYear))
            return thisYear < today ? thisYear.AddYears(1) : thisYear;
        return null;
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
