using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Calendar;
using NrwBot.Dialogs.Profile;
using NrwBot.Dialogs.WorkingDays;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Onboarding;
using static NrwBot.Tests.Calendar.CalendarTestUsers;

namespace NrwBot.Tests.Calendar;

/// <summary>
/// Deadline reminders on the fake clock, over the shipped sample calendar: "Letzter Mittelabruf 2026" is on Friday,
/// 4 December 2026 with reminders 14 and 3 days before (20 November, already past when the test starts on Monday,
/// 23 November, and Tuesday, 1 December). Times are UTC; Berlin is UTC+1 in winter.
/// </summary>
public sealed class CalendarReminderTests
{
    [Fact]
    public async Task Each_offset_reminds_once_on_a_working_day_in_working_hours_and_the_next_one_waits_for_its_day()
    {
        await using var host = await BotTestHost.StartAsync();
        var erika = host.Channel();
        await SetProfileAsync(host, erika, "Bielefeld", ProfileRoles.Fachkraft);
        await host.TurnAsync(erika, "Fristen-Erinnerungen an");
        var (reminders, sender) = Reminders(host);

        var first = await reminders.SendDueAsync(CancellationToken.None);
        var again = await reminders.SendDueAsync(CancellationToken.None);
        host.Clock.SetUtcNow(Utc(2026, 11, 30, 10));
        var beforeItsDay = await reminders.SendDueAsync(CancellationToken.None);
        host.Clock.SetUtcNow(Utc(2026, 12, 1, 6, 30));
        var atNight = await reminders.SendDueAsync(CancellationToken.None);
        host.Clock.SetUtcNow(Utc(2026, 12, 1, 8));
        var second = await reminders.SendDueAsync(CancellationToken.None);
        host.Clock.SetUtcNow(Utc(2026, 12, 2, 8));
        var afterwards = await reminders.SendDueAsync(CancellationToken.None);

        Assert.Equal([1, 0, 0, 0, 1, 0], [first, again, beforeItsDay, atNight, second, afterwards]);
        Assert.All(sender.Sent, sent => Assert.Equal(ErikaKey, sent.Key));
        var texts = sender.Sent.Select(sent => sent.Replies.Single().Text!).ToList();
        Assert.All(texts, text => Assert.Contains("Letzter Mittelabruf für das Haushaltsjahr 2026", text));
        Assert.Contains("noch 9 Arbeitstage", texts[0]);
        Assert.Contains("noch 3 Arbeitstage", texts[1]);
        Assert.Contains(sender.Sent[0].Replies[0].Actions, action => action.Verb == CalendarVerbs.RemindersOff);
    }

    [Fact]
    public async Task Nobody_is_reminded_of_what_does_not_concern_them_or_after_switching_off()
    {
        await using var host = await BotTestHost.StartAsync();
        var tom = TomsChat(host);
        await SetProfileAsync(host, tom, "Kreis Düren", ProfileRoles.Traeger);
        await host.TurnAsync(tom, "Fristen-Erinnerungen an");
        var erika = host.Channel();
        await SetProfileAsync(host, erika, "Bielefeld", ProfileRoles.Fachkraft);
        await host.TurnAsync(erika, "Fristen-Erinnerungen an");
        await host.TurnAsync(erika, "Fristen-Erinnerungen aus");
        var (reminders, sender) = Reminders(host);

        Assert.Equal(0, await reminders.SendDueAsync(CancellationToken.None));
        Assert.Empty(sender.Sent);
    }

    [Fact]
    public async Task No_reminders_at_weekends_the_run_on_monday_sends_them()
    {
        await using var host = await BotTestHost.StartAsync();
        host.Clock.SetUtcNow(Utc(2026, 11, 28, 10));
        var erika = host.Channel();
        await SetProfileAsync(host, erika, "Bielefeld", ProfileRoles.Fachkraft);
        await host.TurnAsync(erika, "Fristen-Erinnerungen an");
        var (reminders, sender) = Reminders(host);

        var saturday = await reminders.SendDueAsync(CancellationToken.None);
        host.Clock.SetUtcNow(Utc(2026, 11, 29, 15));
        var sunday = await reminders.SendDueAsync(CancellationToken.None);
        host.Clock.SetUtcNow(Utc(2026, 11, 30, 8));
        var monday = await reminders.SendDueAsync(CancellationToken.None);

        Assert.Equal([0, 0, 1], [saturday, sunday, monday]);
        Assert.Single(sender.Sent);
    }

    [Theory]
    [InlineData("2027-01-08", 14, "2026-12-24")] // 25.12. is a holiday: the working day before
    [InlineData("2027-04-09", 14, "2027-03-25")] // 26.03.2027 is Karfreitag
    [InlineData("2026-12-04", 3, "2026-12-01")]
    [InlineData("2026-12-07", 2, "2026-12-04")] // Saturday: the Friday before
    public void A_reminder_day_on_a_weekend_or_holiday_moves_to_the_working_day_before(string start, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), CalendarReminders.ReminderDay(DateOnly.Parse(start), days));

    [Fact]
    public void After_a_downtime_only_the_latest_due_reminder_goes_out_and_none_once_the_date_has_passed()
    {
        var entry = new CalendarEntry { Id = "x", Title = "X", Start = new DateOnly(2026, 12, 4), End = new DateOnly(2026, 12, 4), ReminderDays = [14, 3] };
        Assert.Null(CalendarReminders.DueOffset(entry, new DateOnly(2026, 11, 19)));
        Assert.Equal(14, CalendarReminders.DueOffset(entry, new DateOnly(2026, 11, 20)));
        Assert.Equal(3, CalendarReminders.DueOffset(entry, new DateOnly(2026, 12, 2)));
        Assert.Null(CalendarReminders.DueOffset(entry, new DateOnly(2026, 12, 5)));
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task Two_instances_running_at_once_send_each_reminder_exactly_once(string provider)
    {
        Skip.If(provider == "postgresql" && TestDatabase.PostgresServer is null,
            $"No PostgreSQL server: set {TestDatabase.PostgresVariable} (bash .ci/run starts one and sets it).");
        using var database = TestDatabase.Create(provider);
        await using var first = await BotTestHost.StartAsync(database: database.KeepAlive());
        await using var second = await BotTestHost.StartAsync(database: database.KeepAlive());
        var store = first.Services.GetRequiredService<ICalendarStore>();
        var users = Enumerable.Range(1, 12).Select(number => $"user:aad-{number:00}").ToList();
        foreach (var user in users)
            await store.SaveSubscriberAsync(new CalendarSubscriber(user, "Hamm", ProfileRoles.Fachkraft) { RemindersOn = true }, CancellationToken.None);
        var (one, oneSender) = Reminders(first);
        var (other, otherSender) = Reminders(second);

        var counts = await Task.WhenAll(one.SendDueAsync(CancellationToken.None), other.SendDueAsync(CancellationToken.None));
        var repeated = await Task.WhenAll(one.SendDueAsync(CancellationToken.None), other.SendDueAsync(CancellationToken.None));

        Assert.Equal(users.Count, counts.Sum());
        Assert.Equal(0, repeated.Sum());
        Assert.Equal(users.Order(), oneSender.Sent.Concat(otherSender.Sent).Select(sent => sent.Key).Order());
        Assert.All(oneSender.Sent.Concat(otherSender.Sent), sent => Assert.Contains("Mittelabruf", sent.Replies[0].Title));
        Assert.All(users, user => Assert.Equal(1, store.CountRemindersAsync(user, CancellationToken.None).Result));
    }

    /// <summary>The production reminder logic, with the channel replaced by a recorder (one per simulated instance).</summary>
    private static (CalendarReminders Reminders, RecordingProactiveSender Sender) Reminders(BotTestHost host)
    {
        var sender = new RecordingProactiveSender();
        var services = host.Services;
        return (new CalendarReminders(services.GetRequiredService<CalendarBook>(), services.GetRequiredService<ICalendarStore>(), sender,
            services.GetRequiredService<WorkingDayCalendar>(), host.Clock), sender);
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
