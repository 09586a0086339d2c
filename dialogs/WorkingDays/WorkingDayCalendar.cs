namespace NrwBot.Dialogs.WorkingDays;

/// <summary>
/// Working days in NRW: Monday to Friday except the public holidays of <see cref="NrwHolidays"/>, counted on the
/// calendar of the offices' time zone (Europe/Berlin), so "tomorrow" at 00:30 on a winter or summer night is the
/// same tomorrow the offices see, on either side of a change to or from daylight saving time.
/// </summary>
public sealed class WorkingDayCalendar
{
    public WorkingDayCalendar(string timeZone = "Europe/Berlin", int startHour = 9, int endHour = 17)
    {
        if (startHour is < 0 or > 23 || endHour <= startHour || endHour > 24)
            throw new ArgumentOutOfRangeException(nameof(startHour), "Die Arbeitszeit muss zwischen 0 und 24 Uhr liegen und vor ihrem Ende beginnen.");
        Zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        StartHour = startHour;
        EndHour = endHour;
    }

    public TimeZoneInfo Zone { get; }
    public int StartHour { get; }
    public int EndHour { get; }

    public static bool IsWorkingDay(DateOnly date) => !IsWeekend(date) && NrwHolidays.On(date) is null;

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public DateOnly LocalDate(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Zone).DateTime);

    /// <summary>A working day, and between the start and end hour of the local clock.</summary>
    public bool IsWorkingTime(DateTimeOffset moment)
    {
        var local = TimeZoneInfo.ConvertTime(moment, Zone);
        return IsWorkingDay(DateOnly.FromDateTime(local.DateTime)) && local.Hour >= StartHour && local.Hour < EndHour;
    }

    /// <summary>The first moment at or after <paramref name="moment"/> that is working time.</summary>
    public DateTimeOffset NextWorkingTime(DateTimeOffset moment)
    {
        if (IsWorkingTime(moment)) return moment;
        var date = LocalDate(moment);
        var local = TimeZoneInfo.ConvertTime(moment, Zone);
        if (!IsWorkingDay(date) || local.Hour >= EndHour) date = NextWorkingDay(date);
        return StartOf(date);
    }

    /// <summary>The start of working hours on <paramref name="date"/>, as a moment (09:00 local, whatever the offset that day).</summary>
    public DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(new TimeOnly(StartHour, 0));
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>Working days from <paramref name="from"/> to <paramref name="to"/>, both ends included (0 when to lies before from).</summary>
    public static int CountWorkingDays(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
            if (IsWorkingDay(day)) count++;
        return count;
    }

    /// <summary>The holidays from <paramref name="from"/> to <paramref name="to"/> (weekend ones included), in date order.</summary>
    public static IReadOnlyList<PublicHoliday> HolidaysBetween(DateOnly from, DateOnly to) =>
        Enumerable.Range(from.Year, Math.Max(0, to.Year - from.Year + 1))
            .SelectMany(NrwHolidays.For)
            .Where(holiday => holiday.Date >= from && holiday.Date <= to)
            .OrderBy(holiday => holiday.Date)
            .ToList();

    /// <summary>The date <paramref name="days"/> working days after <paramref name="start"/> (the start itself not counted; 0 = the start).</summary>
    public static DateOnly AddWorkingDays(DateOnly start, int days)
    {
        var day = start;
        var step = Math.Sign(days);
        for (var left = Math.Abs(days); left > 0;)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day)) left--;
        }
        return day;
    }

    public static DateOnly NextWorkingDay(DateOnly date) => AddWorkingDays(date, 1);

    /// <summary>
    /// Working days passed from <paramref name="from"/> to <paramref name="to"/>: those after from up to and including
    /// to; negative when to lies before from. Thursday to the Tuesday after Easter is 1 (Wednesday would be 2).
    /// </summary>
    public static int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from) return -WorkingDaysBetween(to, from);
        return CountWorkingDays(from.AddDays(1), to);
    }

    /// <summary>„noch 3 Arbeitstage“, „heute fällig“, „überfällig seit 2 Arbeitstagen“ for a due date seen from today.</summary>
    public static string TimeLeft(DateOnly today, DateOnly due)
    {
        if (today <= due)
        {
            var left = WorkingDaysBetween(today, due);
            return left switch
            {
                0 => WorkingDaysTexts.DueToday.German,
                1 => WorkingDaysTexts.DaysLeftOne.German,
                _ => WorkingDaysTexts.DaysLeft.Format(left),
            };
        }
        // Due on a Saturday and asked on Sunday: overdue all the same, by at least one day.
        var overdue = Math.Max(1, WorkingDaysBetween(due, today));
        return overdue == 1 ? WorkingDaysTexts.OverdueOne.German : WorkingDaysTexts.Overdue.Format(overdue);
    }
}
