using Microsoft.Extensions.Time.Testing;
using NrwBot.Dialogs.WorkingDays;

namespace NrwBot.Tests.WorkingDays;

public sealed class WorkingDayCalendarTests
{
    private readonly WorkingDayCalendar _calendar = new();

    [Fact]
    public void Across_easter_2027_seven_working_days_from_the_thursday_before_to_the_tuesday_a_week_after()
    {
        Assert.Equal(7, WorkingDayCalendar.CountWorkingDays(new DateOnly(2027, 3, 25), new DateOnly(2027, 4, 6)));
        Assert.Equal([WorkingDaysTexts.GoodFriday.German, WorkingDaysTexts.EasterMonday.German],
            WorkingDayCalendar.HolidaysBetween(new DateOnly(2027, 3, 25), new DateOnly(2027, 4, 6)).Select(holiday => holiday.Name));
    }

    [Fact]
    public void Two_working_days_after_maundy_thursday_is_the_wednesday_after_easter()
    {
        Assert.Equal(new DateOnly(2027, 3, 31), WorkingDayCalendar.AddWorkingDays(new DateOnly(2027, 3, 25), 2));
        Assert.Equal(new DateOnly(2027, 3, 25), WorkingDayCalendar.AddWorkingDays(new DateOnly(2027, 3, 30), -1));
    }

    [Fact]
    public void Across_christmas_and_new_year_the_holidays_and_the_weekends_are_skipped()
    {
        // 2026: 24.12. Thursday, 25./26. Friday/Saturday, 31.12. Thursday, 1.1.2027 Friday.
        Assert.Equal(new DateOnly(2026, 12, 28), WorkingDayCalendar.NextWorkingDay(new DateOnly(2026, 12, 24)));
        Assert.Equal(new DateOnly(2027, 1, 4), WorkingDayCalendar.NextWorkingDay(new DateOnly(2026, 12, 31)));
        Assert.Equal(5, WorkingDayCalendar.CountWorkingDays(new DateOnly(2026, 12, 24), new DateOnly(2027, 1, 3)));
        Assert.Equal([WorkingDaysTexts.ChristmasDay.German, WorkingDaysTexts.BoxingDay.German, WorkingDaysTexts.NewYear.German],
            WorkingDayCalendar.HolidaysBetween(new DateOnly(2026, 12, 20), new DateOnly(2027, 1, 3)).Select(holiday => holiday.Name));
    }

    [Fact]
    public void Working_days_between_count_what_lies_after_the_start_and_turn_negative_backwards()
    {
        var thursday = new DateOnly(2027, 3, 25);
        var tuesday = new DateOnly(2027, 3, 30);
        Assert.Equal(1, WorkingDayCalendar.WorkingDaysBetween(thursday, tuesday));
        Assert.Equal(-1, WorkingDayCalendar.WorkingDaysBetween(tuesday, thursday));
        Assert.Equal(0, WorkingDayCalendar.WorkingDaysBetween(thursday, thursday));
    }

    [Theory]
    [InlineData("2027-03-25", "2027-04-01", "noch 3 Arbeitstage")]
    [InlineData("2027-03-25", "2027-03-30", "noch 1 Arbeitstag")]
    [InlineData("2027-03-30", "2027-03-30", "heute fällig")]
    [InlineData("2027-03-26", "2027-03-28", "heute fällig")]
    [InlineData("2027-03-31", "2027-03-30", "überfällig seit 1 Arbeitstag")]
    [InlineData("2027-04-01", "2027-03-30", "überfällig seit 2 Arbeitstagen")]
    [InlineData("2027-03-28", "2027-03-27", "überfällig seit 1 Arbeitstag")]
    public void Time_left_reads_as_the_desk_shows_it(string today, string due, string expected) =>
        Assert.Equal(expected, WorkingDayCalendar.TimeLeft(DateOnly.Parse(today), DateOnly.Parse(due)));

    [Fact]
    public void Working_time_follows_berlin_across_the_change_to_summer_time()
    {
        // Summer time 2027 starts on Easter Sunday, 28 March. Thursday before: 09:00 Berlin = 08:00 UTC;
        // the Tuesday after (Monday is Ostermontag): 09:00 Berlin = 07:00 UTC.
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 3, 25, 7, 59, 0, TimeSpan.Zero));
        Assert.False(_calendar.IsWorkingTime(clock.GetUtcNow()));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(_calendar.IsWorkingTime(clock.GetUtcNow()));

        clock.SetUtcNow(new DateTimeOffset(2027, 3, 29, 8, 0, 0, TimeSpan.Zero));
        Assert.False(_calendar.IsWorkingTime(clock.GetUtcNow()));
        clock.SetUtcNow(new DateTimeOffset(2027, 3, 30, 6, 59, 0, TimeSpan.Zero));
        Assert.False(_calendar.IsWorkingTime(clock.GetUtcNow()));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(_calendar.IsWorkingTime(clock.GetUtcNow()));
        Assert.Equal(new DateTimeOffset(2027, 3, 30, 7, 0, 0, TimeSpan.Zero), _calendar.NextWorkingTime(new DateTimeOffset(2027, 3, 25, 16, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Working_time_follows_berlin_across_the_change_back_to_winter_time()
    {
        // Winter time 2026 starts on Sunday, 25 October: Friday 16:59 Berlin = 14:59 UTC, Monday 09:00 = 08:00 UTC.
        Assert.True(_calendar.IsWorkingTime(new DateTimeOffset(2026, 10, 23, 14, 59, 0, TimeSpan.Zero)));
        Assert.False(_calendar.IsWorkingTime(new DateTimeOffset(2026, 10, 23, 15, 0, 0, TimeSpan.Zero)));
        Assert.False(_calendar.IsWorkingTime(new DateTimeOffset(2026, 10, 26, 7, 30, 0, TimeSpan.Zero)));
        Assert.True(_calendar.IsWorkingTime(new DateTimeOffset(2026, 10, 26, 8, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 8, 0, 0, TimeSpan.Zero), _calendar.NextWorkingTime(new DateTimeOffset(2026, 10, 23, 15, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_local_date_is_berlins_even_shortly_after_midnight()
    {
        // 31 December 2026, 23:30 UTC is already New Year (a holiday) in Berlin.
        var moment = new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2027, 1, 1), _calendar.LocalDate(moment));
        Assert.False(_calendar.IsWorkingTime(moment.AddHours(9)));
    }
}
