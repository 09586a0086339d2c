using NrwBot.Dialogs.Digest;
using NrwBot.Host.Digest;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Digest;

/// <summary>The schedule on a fake clock: due times in Berlin across the clock changes, exactly once per period, late sends.</summary>
public sealed class DigestScheduleTests
{
    private static DateTimeOffset Berlin(int year, int month, int day, int hour, int minute = 0) => DigestFixture.At(year, month, day, hour, minute);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Monday_8_oclock_stays_8_oclock_in_Berlin_across_the_change_to_and_from_summer_time()
    {
        var schedule = DigestSchedule.From(new DigestOptions());

        // Summer time starts on Sunday 29 March 2026 and ends on Sunday 25 October 2026.
        Assert.Equal([Utc(2026, 3, 23, 7), Utc(2026, 3, 30, 6)], schedule.DueBetween(Utc(2026, 3, 22, 0), Utc(2026, 4, 1, 0)));
        Assert.Equal([Utc(2026, 10, 19, 6), Utc(2026, 10, 26, 7)], schedule.DueBetween(Utc(2026, 10, 18, 0), Utc(2026, 10, 28, 0)));
    }

    [Fact]
    public void The_week_with_the_clock_change_runs_from_Monday_to_Sunday_midnight_in_Berlin()
    {
        var week = DigestSchedule.From(new DigestOptions()).PeriodFor(Utc(2026, 3, 30, 6));

        Assert.Equal((new DateOnly(2026, 3, 23), new DateOnly(2026, 3, 29)), (week.From, week.To));
        Assert.Equal((Utc(2026, 3, 22, 23), Utc(2026, 3, 29, 22)), (week.Start, week.End));
        Assert.Equal(TimeSpan.FromHours(167), week.End - week.Start);
    }

    [Theory]
    [InlineData(2026, 3, 29)]
    [InlineData(2026, 10, 25)]
    public async Task A_due_time_in_the_hour_the_clocks_change_sends_exactly_once_that_night(int year, int month, int day)
    {
        using var database = TestDatabase.Sqlite();
        var start = Utc(year, month, day, 0) - TimeSpan.FromHours(2);
        await using var host = await DigestTestHost.StartAsync(database, start, new() { ["Digest:Cron"] = "30 2 * * SUN" });

        for (var step = start; step <= start + TimeSpan.FromHours(6); step += TimeSpan.FromMinutes(10)) await host.RunAtAsync(step);

        var record = Assert.Single(await host.DeliveriesAsync());
        Assert.Equal(DigestDeliveryRecord.Sent, record.State);
        Assert.Single(host.Channel.Sent);
        // 02:30 does not exist in spring (Cronos fires at 03:00 summer time = 01:00 UTC); in autumn it exists twice and fires at the first.
        Assert.Equal(month == 3 ? Utc(2026, 3, 29, 1) : Utc(2026, 10, 25, 0, 30), record.DueAt);
    }

    [Fact]
    public async Task A_digest_goes_out_when_due_once_per_week_with_the_previous_calendar_week()
    {
        using var database = TestDatabase.Sqlite();
        await using var host = await DigestTestHost.StartAsync(database, Berlin(2026, 11, 23, 7, 59));

        await host.RunAtAsync(Berlin(2026, 11, 23, 7, 59));
        Assert.Empty(host.Channel.Sent);
        await host.RunAtAsync(Berlin(2026, 11, 23, 8, 0));
        await host.RunAtAsync(Berlin(2026, 11, 23, 8, 5));
        await host.RunAtAsync(Berlin(2026, 11, 26, 12, 0));
        Assert.Equal(["NrwBot-Digest KW 47: 16.11.–22.11.2026"], host.SentTitles);
        Assert.Equal(DigestTestHost.ChannelKey, host.Channel.Sent.Single().Key);
        TextAssert.DoesNotContain(DigestTexts.LateNote, host.Channel.Sent.Single().Reply.Text);

        await host.RunAtAsync(Berlin(2026, 11, 30, 8, 0));
        Assert.Equal(["NrwBot-Digest KW 47: 16.11.–22.11.2026", "NrwBot-Digest KW 48: 23.11.–29.11.2026"], host.SentTitles);
    }

    [Fact]
    public async Task A_bot_down_over_the_due_time_sends_the_missed_digest_when_back_marked_late_and_only_once()
    {
        using var database = TestDatabase.Sqlite();
        await using (var before = await DigestTestHost.StartAsync(database.KeepAlive(), Berlin(2026, 11, 23, 7, 0)))
        {
            await before.RunAtAsync(Berlin(2026, 11, 23, 7, 0));
            Assert.Empty(before.Channel.Sent);
        }

        // Down from 07:00 to 14:00; the digest was due at 08:00.
        await using (var after = await DigestTestHost.StartAsync(database.KeepAlive(), Berlin(2026, 11, 23, 14, 0)))
        {
            await after.RunAtAsync(Berlin(2026, 11, 23, 14, 0));
            var card = Assert.Single(after.Channel.Sent).Reply;
            Assert.Equal("NrwBot-Digest KW 47: 16.11.–22.11.2026", card.Title);
            Assert.Contains(DigestTexts.LateNote.Format("23.11.2026 08:00"), card.Text);
            Assert.True(Assert.Single(await after.DeliveriesAsync()).Late);
        }

        await using var restarted = await DigestTestHost.StartAsync(database.KeepAlive(), Berlin(2026, 11, 23, 15, 0));
        await restarted.RunAtAsync(Berlin(2026, 11, 23, 15, 0));
        Assert.Empty(restarted.Channel.Sent);
    }

    [Fact]
    public async Task Due_times_older_than_the_catch_up_window_are_not_sent_after_a_long_outage()
    {
        using var database = TestDatabase.Sqlite();
        await using (var before = await DigestTestHost.StartAsync(database.KeepAlive(), Berlin(2026, 11, 20, 12, 0)))
            await before.RunAtAsync(Berlin(2026, 11, 20, 12, 0));
        await using var host = await DigestTestHost.StartAsync(database.KeepAlive(), Berlin(2026, 12, 9, 12, 0));

        await host.RunAtAsync(Berlin(2026, 12, 9, 12, 0));

        // Due on 23 and 30 November and 7 December; only 7 December lies within the last 7 days.
        Assert.Equal(["NrwBot-Digest KW 49: 30.11.–06.12.2026"], host.SentTitles);
    }

    [Fact]
    public async Task A_fresh_installation_does_not_start_with_last_weeks_digest()
    {
        using var database = TestDatabase.Sqlite();
        await using var host = await DigestTestHost.StartAsync(database, Berlin(2026, 11, 25, 12, 0));

        await host.RunAtAsync(Berlin(2026, 11, 25, 12, 0));
        Assert.Empty(host.Channel.Sent);
        await host.RunAtAsync(Berlin(2026, 11, 30, 8, 0));
        Assert.Equal(["NrwBot-Digest KW 48: 23.11.–29.11.2026"], host.SentTitles);
    }

    [Fact]
    public async Task A_period_leased_by_an_instance_that_died_is_delivered_by_another_once_the_lease_ends()
    {
        using var database = TestDatabase.Sqlite();
        await using var host = await DigestTestHost.StartAsync(database, Berlin(2026, 11, 23, 8, 0));
        var due = Berlin(2026, 11, 23, 8, 0);
        var period = DigestSchedule.From(new DigestOptions()).PeriodFor(due);
        Assert.True(await host.Claims.ClaimAsync(period, due, late: false, due, "dead-instance", CancellationToken.None));
        Assert.True(await host.Claims.TryLeaseAsync(period.Key, due, TimeSpan.FromMinutes(10), "dead-instance", CancellationToken.None));

        await host.RunAtAsync(Berlin(2026, 11, 23, 8, 9));
        Assert.Empty(host.Channel.Sent);
        await host.RunAtAsync(Berlin(2026, 11, 23, 8, 11));
        Assert.Single(host.Channel.Sent);
    }

    [Fact]
    public async Task A_failed_delivery_is_retried_with_doubling_back_off_and_shows_until_it_succeeds()
    {
        using var database = TestDatabase.Sqlite();
        await using var host = await DigestTestHost.StartAsync(database, Berlin(2026, 11, 23, 8, 0));
        host.Channel.FailFirst = 2;

        await host.RunAtAsync(Berlin(2026, 11, 23, 8, 0));
        var first = Assert.Single(await host.DeliveriesAsync());
        Assert.Equal((DigestDeliveryRecord.Pending, 1, Berlin(2026, 11, 23, 8, 1)), (first.State, first.Attempts, first.NextAttemptAt));
        Assert.Contains("Failed", first.LastError);

        await host.RunAtAsync(Berlin(2026, 11, 23, 8, 0) + TimeSpan.FromSeconds(59));
        Assert.Equal(1, (await host.DeliveriesAsync())[0].Attempts);
        await host.RunAtAsync(Berlin(2026, 11, 23, 8, 1));
        Assert.Equal(Berlin(2026, 11, 23, 8, 3), (await host.DeliveriesAsync())[0].NextAttemptAt);
        await host.RunAtAsync(Berlin(2026, 11, 23, 8, 3));

        var sent = Assert.Single(await host.DeliveriesAsync());
        Assert.Equal((DigestDeliveryRecord.Sent, 3), (sent.State, sent.Attempts));
        Assert.Single(host.Channel.Sent);
        Assert.Equal(3, host.Channel.Calls);
    }

    [Fact]
    public async Task After_the_last_attempt_a_period_is_given_up()
    {
        using var database = TestDatabase.Sqlite();
        await using var host = await DigestTestHost.StartAsync(database, Berlin(2026, 11, 23, 8, 0), new() { ["Digest:MaxAttempts"] = "2" });
        host.Channel.FailFirst = int.MaxValue;

        await host.RunAtAsync(Berlin(2026, 11, 23, 8, 0));
        await host.RunAtAsync(Berlin(2026, 11, 23, 8, 1));
        await host.RunAtAsync(Berlin(2026, 11, 23, 12, 0));

        var record = Assert.Single(await host.DeliveriesAsync());
        Assert.Equal((DigestDeliveryRecord.Failed, 2), (record.State, record.Attempts));
        Assert.Equal(2, host.Channel.Calls);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(7, 60)]
    [InlineData(20, 60)]
    public void Back_off_doubles_from_one_minute_up_to_an_hour(int failures, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), DigestDispatcher.Backoff(failures, new DigestOptions()));
    }

    [Fact]
    public void An_invalid_cron_expression_or_time_zone_is_refused_with_the_setting_named()
    {
        Assert.False(DigestSchedule.TryCreate(new DigestOptions { Cron = "every monday" }, out _, out var cronError));
        Assert.Contains("Digest:Cron", cronError);
        Assert.False(DigestSchedule.TryCreate(new DigestOptions { TimeZone = "Europe/Düsseldorf" }, out _, out var zoneError));
        Assert.Contains("Digest:TimeZone", zoneError);
    }

    [Fact]
    public async Task A_monthly_schedule_covers_the_previous_calendar_month()
    {
        using var database = TestDatabase.Sqlite();
        await using var host = await DigestTestHost.StartAsync(database, Berlin(2026, 12, 1, 8, 0), new() { ["Digest:Cron"] = "0 8 1 * *", ["Digest:Period"] = "Month" });

        await host.RunAtAsync(Berlin(2026, 12, 1, 8, 0));

        Assert.Equal(["NrwBot-Digest 01.11.–30.11.2026"], host.SentTitles);
    }
}
