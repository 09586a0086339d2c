namespace NrwBot.Dialogs.WorkingDays;

/// <summary>
/// The public holidays of Nordrhein-Westfalen (Feiertagsgesetz NW), computed for any year: six fixed dates and
/// five that move with Easter. Nothing is read from a file, so no year ever runs out of holidays.
/// </summary>
public static class NrwHolidays
{
    public static IReadOnlyList<PublicHoliday> For(int year)
    {
        var easter = EasterSunday(year);
        return
        [
            new(new DateOnly(year, 1, 1), WorkingDaysTexts.NewYear.German),
            new(easter.AddDays(-2), WorkingDaysTexts.GoodFriday.German),
            new(easter.AddDays(1), WorkingDaysTexts.EasterMonday.German),
            new(new DateOnly(year, 5, 1), WorkingDaysTexts.LabourDay.German),
            new(easter.AddDays(39), WorkingDaysTexts.Ascension.German),
            new(easter.AddDays(50), WorkingDaysTexts.WhitMonday.German),
            new(easter.AddDays(60), WorkingDaysTexts.CorpusChristi.German),
            new(new DateOnly(year, 10, 3), WorkingDaysTexts.GermanUnity.German),
            new(new DateOnly(year, 11, 1), WorkingDaysTexts.AllSaints.German),
            new(new DateOnly(year, 12, 25), WorkingDaysTexts.ChristmasDay.German),
            new(new DateOnly(year, 12, 26), WorkingDaysTexts.BoxingDay.German),
        ];
    }

    /// <summary>The holiday on <paramref name="date"/>, or null on an ordinary day.</summary>
    public static PublicHoliday? On(DateOnly date) => For(date.Year).FirstOrDefault(holiday => holiday.Date == date);

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
