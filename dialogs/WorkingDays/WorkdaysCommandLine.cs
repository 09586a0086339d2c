using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NrwBot.Dialogs.WorkingDays;

/// <summary>
/// <c>workdays --from 2027-03-25 --to 2027-04-06 [--json]</c>: the NRW working days in the range (both ends included)
/// and the holidays it skipped. Exit code 0, or 64 for a wrong call (with the reason on standard error).
/// </summary>
public static class WorkdaysCommandLine
{
    public const int UsageError = 64;
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var words = args.ToList();
        var json = words.Remove("--json");
        var from = Option(words, "--from");
        var to = Option(words, "--to");
        if (from is null || to is null || words.Count != 4)
            return await FailAsync(stderr, WorkingDaysTexts.Usage.German);
        if (!TryDate(from, out var first)) return await FailAsync(stderr, WorkingDaysTexts.BadDate.Format(from));
        if (!TryDate(to, out var last)) return await FailAsync(stderr, WorkingDaysTexts.BadDate.Format(to));
        if (last < first) return await FailAsync(stderr, WorkingDaysTexts.ToBeforeFrom.Format(Show(first), Show(last)));

        var count = WorkingDayCalendar.CountWorkingDays(first, last);
        var holidays = WorkingDayCalendar.HolidaysBetween(first, last);
        await stdout.WriteLineAsync(json ? ToJson(first, last, count, holidays) : ToText(first, last, count, holidays));
        await stdout.FlushAsync();
        return 0;
    }

    public static string ToText(DateOnly from, DateOnly to, int count, IReadOnlyList<PublicHoliday> holidays)
    {
        var lines = new List<string> { WorkingDaysTexts.CountLine.Format(count, Show(from), Show(to)) };
        if (holidays.Count == 0) lines.Add(WorkingDaysTexts.NoHolidaysSkipped.German);
        else
        {
            lines.Add(WorkingDaysTexts.HolidaysSkipped.German);
            lines.AddRange(holidays.Select(holiday =>
                $"- {holiday.Date.ToString("ddd dd.MM.yyyy", German)} {holiday.Name}{(WorkingDayCalendar.IsWeekend(holiday.Date) ? WorkingDaysTexts.OnWeekend.German : "")}"));
        }
        return string.Join(Environment.NewLine, lines);
    }

    private static string ToJson(DateOnly from, DateOnly to, int count, IReadOnlyList<PublicHoliday> holidays) => JsonSerializer.Serialize(new
    {
        from = Iso(from),
        to = Iso(to),
        workingDays = count,
        holidays = holidays.Select(holiday => new { date = Iso(holiday.Date), name = holiday.Name, weekend = WorkingDayCalendar.IsWeekend(holiday.Date) }),
    }, Json);

    private static string? Option(List<string> words, string name)
    {
        var index = words.IndexOf(name);
        return index >= 0 && index + 1 < words.Count ? words[index + 1] : null;
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string Show(DateOnly date) => date.ToString("dd.MM.yyyy", German);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<int> FailAsync(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync(message);
        return UsageError;
    }
}
