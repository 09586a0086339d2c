using NrwBot.Dialogs.WorkingDays;

namespace NrwBot.Tests.WorkingDays;

public sealed class NrwHolidaysTests
{
    // Easter Sundays as published (e.g. by the Physikalisch-Technische Bundesanstalt), including the earliest
    // and latest possible dates (22 March 2285, 25 April 2038).
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2028, 4, 16)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void Easter_sunday_is_computed(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), NrwHolidays.EasterSunday(year));

    [Fact]
    public void The_eleven_holidays_of_2027_in_nrw()
    {
        var expected = new Dictionary<DateOnly, string>
        {
            [new(2027, 1, 1)] = "Neujahr",
            [new(2027, 3, 26)] = "Karfreitag",
            [new(2027, 3, 29)] = "Ostermontag",
            [new(2027, 5, 1)] = "Tag der Arbeit (1. Mai)",
            [new(2027, 5, 6)] = "Christi Himmelfahrt",
            [new(2027, 5, 17)] = "Pfingstmontag",
            [new(2027, 5, 27)] = "Fronleichnam",
            [new(2027, 10, 3)] = "Tag der Deutschen Einheit (3. Oktober)",
            [new(2027, 11, 1)] = "Allerheiligen",
            [new(2027, 12, 25)] = "1. Weihnachtstag",
            [new(2027, 12, 26)] = "2. Weihnachtstag",
        };

        var holidays = NrwHolidays.For(2027);

        Assert.Equal(expected, holidays.ToDictionary(holiday => holiday.Date, holiday => holiday.Name));
    }

    [Fact]
    public void Holidays_of_other_states_are_ordinary_working_days_in_nrw()
    {
        // Heilige Drei Könige (BW, BY, ST), Reformationstag (the northern states), Buß- und Bettag (SN), Frauentag (BE).
        foreach (var date in new DateOnly[] { new(2027, 1, 6), new(2027, 10, 29), new(2026, 10, 30), new(2026, 11, 18), new(2027, 3, 8) })
        {
            Assert.Null(NrwHolidays.On(date));
            Assert.True(WorkingDayCalendar.IsWorkingDay(date), date.ToString("O"));
        }
    }

    [Fact]
    public void Christmas_eve_and_new_years_eve_are_working_days_christmas_and_new_year_are_not()
    {
        Assert.True(WorkingDayCalendar.IsWorkingDay(new DateOnly(2026, 12, 24)));
        Assert.False(WorkingDayCalendar.IsWorkingDay(new DateOnly(2026, 12, 25)));
        Assert.False(WorkingDayCalendar.IsWorkingDay(new DateOnly(2026, 12, 26)));
        Assert.True(WorkingDayCalendar.IsWorkingDay(new DateOnly(2026, 12, 31)));
        Assert.False(WorkingDayCalendar.IsWorkingDay(new DateOnly(2027, 1, 1)));
    }
}
