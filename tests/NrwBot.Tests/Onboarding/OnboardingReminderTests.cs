using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NrwBot.Dialogs.Onboarding;
using NrwBot.Host.Onboarding;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Onboarding;

/// <summary>
/// Reminder timing on the fake clock. Times are UTC; in November and December Berlin is UTC+1, so 08:00 UTC
/// is 09:00 in the offices. The onboarding starts on Monday, 23 November 2026, 09:00 UTC (the host's clock).
/// </summary>
public sealed class OnboardingReminderTests
{
    private static readonly string Erika = "user:" + BotTestHost.UserAadId;

    [Fact]
    public async Task One_friendly_reminder_after_the_idle_days_naming_the_next_step_and_none_before()
    {
        await using var host = await StartedAsync();
        var (reminders, sender) = Reminders(host);

        host.Clock.SetUtcNow(Utc(2026, 11, 27, 10));
        var tooEarly = await reminders.SendDueAsync(CancellationToken.None);
        host.Clock.SetUtcNow(Utc(2026, 11, 30, 9));
        var due = await reminders.SendDueAsync(CancellationToken.None);

        Assert.Equal(0, tooEarly);
        Assert.Equal(1, due);
        var (key, replies) = Assert.Single(sender.Sent);
        Assert.Equal(Erika, key);
        var reminder = Assert.Single(replies);
        Assert.Contains(host.Services.GetRequiredService<OnboardingPath>().Steps[0].Title, reminder.Text);
        Assert.Contains(reminder.Actions, action => action.Verb == OnboardingVerbs.RemindersOff);
    }

    [Fact]
    public async Task Never_at_night_the_working_day_begins_at_nine_in_Berlin()
    {
        await using var host = await StartedAsync();
        var (reminders, sender) = Reminders(host);

        foreach (var night in new[] { Utc(2026, 11, 30, 20), Utc(2026, 12, 1, 2), Utc(2026, 12, 1, 7, 59) })
        {
            host.Clock.SetUtcNow(night);
            Assert.Equal(0, await reminders.SendDueAsync(CancellationToken.None));
        }
        host.Clock.SetUtcNow(Utc(2026, 12, 1, 8));
        Assert.Equal(1, await reminders.SendDueAsync(CancellationToken.None));
        Assert.Single(sender.Sent);
    }

    [Fact]
    public async Task Never_at_weekends_a_reminder_due_on_saturday_waits_for_monday()
    {
        await using var host = await BotTestHost.StartAsync();
        host.Clock.SetUtcNow(Utc(2026, 11, 27, 10));
        await host.TurnAsync(host.Channel(), "Einarbeitung starten");
        var (reminders, sender) = Reminders(host);

        foreach (var weekend in new[] { Utc(2026, 12, 5, 10), Utc(2026, 12, 6, 12) })
        {
            host.Clock.SetUtcNow(weekend);
            Assert.Equal(0, await reminders.SendDueAsync(CancellationToken.None));
        }
        host.Clock.SetUtcNow(Utc(2026, 12, 7, 8));
        Assert.Equal(1, await reminders.SendDueAsync(CancellationToken.None));
        Assert.Single(sender.Sent);
    }

    [Fact]
    public async Task Never_on_public_holidays_a_reminder_due_on_christmas_day_waits_for_the_next_working_day()
    {
        await using var host = await BotTestHost.StartAsync();
        host.Clock.SetUtcNow(Utc(2026, 12, 18, 9));
        await host.TurnAsync(host.Channel(), "Einarbeitung starten");
        var (reminders, sender) = Reminders(host);

        foreach (var holidayOrWeekend in new[] { Utc(2026, 12, 25, 10), Utc(2026, 12, 26, 10), Utc(2026, 12, 27, 10) })
        {
            host.Clock.SetUtcNow(holidayOrWeekend);
            Assert.Equal(0, await reminders.SendDueAsync(CancellationToken.None));
        }
        host.Clock.SetUtcNow(Utc(2026, 12, 28, 8));
        Assert.Equal(1, await reminders.SendDueAsync(CancellationToken.None));
        Assert.Single(sender.Sent);
    }

    [Fact]
    public async Task One_reminder_per_idle_stretch_and_at_most_one_per_week_even_after_new_progress()
    {
        await using var host = await StartedAsync(builder => builder.Configuration["Onboarding:ReminderAfterDays"] = "1");
        var (reminders, sender) = Reminders(host);
        var path = host.Services.GetRequiredService<OnboardingPath>();

        host.Clock.SetUtcNow(Utc(2026, 11, 24, 9));
        Assert.Equal(1, await reminders.SendDueAsync(CancellationToken.None));
        host.Clock.SetUtcNow(Utc(2026, 11, 25, 9));
        Assert.Equal(0, await reminders.SendDueAsync(CancellationToken.None));

        await host.TurnAsync(host.Channel(), OnboardingActivities.Done(path.Steps[0].Id));
        var idleAgainButWithinTheWeek = new[] { Utc(2026, 11, 27, 9), Utc(2026, 11, 30, 9), Utc(2026, 12, 1, 8, 59) };
        foreach (var day in idleAgainButWithinTheWeek)
        {
            host.Clock.SetUtcNow(day);
            Assert.Equal(0, await reminders.SendDueAsync(CancellationToken.None));
        }
        host.Clock.SetUtcNow(Utc(2026, 12, 1, 9));
        Assert.Equal(1, await reminders.SendDueAsync(CancellationToken.None));
        Assert.Equal(2, sender.Sent.Count);
    }

    [Fact]
    public async Task Switched_off_no_reminder_switched_on_again_it_comes()
    {
        await using var host = await StartedAsync();
        var (reminders, sender) = Reminders(host);
        await host.TurnAsync(host.Channel(), "Erinnerungen aus");

        host.Clock.SetUtcNow(Utc(2026, 11, 30, 9));
        Assert.Equal(0, await reminders.SendDueAsync(CancellationToken.None));
        await host.TurnAsync(host.Channel(), "Erinnerungen an");
        Assert.Equal(1, await reminders.SendDueAsync(CancellationToken.None));
        Assert.Single(sender.Sent);
    }

    [Fact]
    public async Task A_finished_onboarding_gets_no_reminder()
    {
        await using var host = await StartedAsync();
        var (reminders, _) = Reminders(host);
        foreach (var step in host.Services.GetRequiredService<OnboardingPath>().Steps)
            await host.TurnAsync(host.Channel(), OnboardingActivities.Done(step.Id));

        host.Clock.SetUtcNow(Utc(2026, 12, 14, 9));
        Assert.Equal(0, await reminders.SendDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Two_instances_running_at_once_send_each_reminder_exactly_once()
    {
        await using var host = await BotTestHost.StartAsync();
        var store = host.Services.GetRequiredService<IOnboardingStore>();
        var users = Enumerable.Range(1, 12).Select(number => $"user:aad-{number:00}").ToList();
        foreach (var user in users) await store.SaveAsync(OnboardingProgress.Start(user, Utc(2026, 11, 2, 9)), CancellationToken.None);
        host.Clock.SetUtcNow(Utc(2026, 11, 30, 9));
        var (first, firstSender) = Reminders(host);
        var (second, secondSender) = Reminders(host);

        var counts = await Task.WhenAll(first.SendDueAsync(CancellationToken.None), second.SendDueAsync(CancellationToken.None));

        Assert.Equal(users.Count, counts.Sum());
        Assert.Equal(users.Order(), firstSender.Sent.Concat(secondSender.Sent).Select(sent => sent.Key).Order());
    }

    [Fact]
    public async Task The_worker_checks_on_its_interval_and_sends_a_due_reminder()
    {
        await using var host = await StartedAsync();
        var (reminders, sender) = Reminders(host);
        var options = host.Services.GetRequiredService<OnboardingOptions>();
        using var worker = new OnboardingReminderWorker(reminders, options, host.Clock, NullLogger<OnboardingReminderWorker>.Instance);
        host.Clock.SetUtcNow(Utc(2026, 11, 30, 9));

        await worker.StartAsync(CancellationToken.None);
        // The worker waits on the fake clock; move it on until the worker's check has run (it registers its timer asynchronously).
        for (var round = 0; round < 20 && !sender.FirstSent.IsCompleted; round++)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(options.CheckIntervalMinutes));
            await Task.WhenAny(sender.FirstSent, Task.Delay(200));
        }
        await worker.StopAsync(CancellationToken.None);

        Assert.True(sender.FirstSent.IsCompleted);
        Assert.Equal("user:" + BotTestHost.UserAadId, Assert.Single(sender.Sent).Key);
    }

    private static async Task<BotTestHost> StartedAsync(Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder>? configure = null)
    {
        var host = await BotTestHost.StartAsync(configure);
        await host.TurnAsync(host.Channel(), "Einarbeitung starten");
        return host;
    }

    /// <summary>The production reminder logic, with the channel replaced by a recorder (one per simulated instance).</summary>
    private static (OnboardingReminders Reminders, RecordingProactiveSender Sender) Reminders(BotTestHost host)
    {
        var sender = new RecordingProactiveSender();
        var services = host.Services;
        return (new OnboardingReminders(services.GetRequiredService<IOnboardingStore>(), sender, services.GetRequiredService<OnboardingPath>(),
            services.GetRequiredService<OnboardingCards>(), services.GetRequiredService<ReminderPolicy>(), host.Clock), sender);
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
