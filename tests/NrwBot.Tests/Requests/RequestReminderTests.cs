using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Requests;
using NrwBot.Dialogs.Requests.Queue;
using NrwBot.Dialogs.Requests.Reminders;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Requests;

/// <summary>
/// Issue 15, service-level reminders on the fake clock. The host starts on Monday, 23 November 2026, 09:00 UTC
/// (10:00 in Berlin): a normal request of that moment is due on Monday, 7 December (10 NRW working days), an urgent
/// one on Wednesday, 25 November. Times below are UTC; Berlin is UTC+1 in winter.
/// </summary>
public sealed class RequestReminderTests
{
    [Fact]
    public async Task Each_reminder_goes_out_once_on_its_working_day_in_working_hours_to_its_recipient()
    {
        await using var host = await RequestsHost.StartAsync();
        var request = await IntakeSteps.FileAsync(host, TestPerson.Erika, "Fortbildung für Ehrenamtliche in der Flüchtlingshilfe");
        var reminders = host.Services.GetRequiredService<RequestReminders>();
        var anna = host.Channel(TestPerson.Anna);

        var fresh = await RunAsync(reminders);
        host.Clock.SetUtcNow(Utc(2026, 11, 24, 8, 59));
        var beforeOneWorkingDay = await RunAsync(reminders);
        host.Clock.SetUtcNow(Utc(2026, 11, 24, 9, 0));
        var unclaimed = await RunAsync(reminders);
        var unclaimedAgain = await RunAsync(reminders);
        await host.TurnAsync(anna, "#1 übernehmen");
        host.Clock.SetUtcNow(Utc(2026, 12, 3, 10));
        var twoDaysBefore = await RunAsync(reminders);
        host.Clock.SetUtcNow(Utc(2026, 12, 4, 6, 30));
        var earlyMorning = await RunAsync(reminders);
        host.Clock.SetUtcNow(Utc(2026, 12, 4, 8));
        var dueTomorrow = await RunAsync(reminders);
        var dueTomorrowAgain = await RunAsync(reminders);
        host.Clock.SetUtcNow(Utc(2026, 12, 7, 15));
        var dueToday = await RunAsync(reminders);
        host.Clock.SetUtcNow(Utc(2026, 12, 8, 17, 30));
        var overdueAtNight = await RunAsync(reminders);
        host.Clock.SetUtcNow(Utc(2026, 12, 9, 8));
        var overdue = await RunAsync(reminders);
        host.Clock.SetUtcNow(Utc(2026, 12, 10, 8));
        var overdueAgain = await RunAsync(reminders);

        Assert.Equal([0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0],
            [fresh, beforeOneWorkingDay, unclaimed, unclaimedAgain, twoDaysBefore, earlyMorning, dueTomorrow, dueTomorrowAgain, dueToday, overdueAtNight, overdue, overdueAgain]);
        var announced = host.LksChannel.Announced;
        Assert.Equal(2, announced.Count);
        Assert.Equal(RequestReminderTexts.UnclaimedTitle.Format(request.Number), announced[0].Title);
        Assert.Equal(RequestReminderTexts.OverdueTitle.Format(request.Number), announced[1].Title);
        Assert.Contains("07.12.2026", announced[1].Text);
        Assert.Contains("Anna Schmidt", announced[1].Text);
        var toAnna = host.Sender.To(TestPerson.Anna.Key).Where(reply => reply.Title == RequestReminderTexts.DueTomorrowTitle.Format(request.Number)).ToList();
        var single = Assert.Single(toAnna);
        Assert.Equal(RequestReminderTexts.DueTomorrow.Format(request.Number, "Fortbildung & Coaching", "Kreis Düren", "07.12.2026"), single.Text);
        Assert.Contains(single.Actions, action => action.Verb == QueueFeature.ShowVerb);
        // The channel hears number, category and region, never the request's words.
        Assert.All(announced, reply => Assert.DoesNotContain("Ehrenamtliche", reply.Text));
    }

    [Fact]
    public async Task No_reminders_on_a_weekend_or_holiday_the_next_working_morning_sends_them()
    {
        await using var host = await RequestsHost.StartAsync();
        host.Clock.SetUtcNow(Utc(2026, 12, 23, 15)); // Wednesday before Christmas, 16:00 in Berlin
        await IntakeSteps.FileAsync(host, TestPerson.Erika, "Fortbildung für Ehrenamtliche in der Flüchtlingshilfe");
        var reminders = host.Services.GetRequiredService<RequestReminders>();

        host.Clock.SetUtcNow(Utc(2026, 12, 24, 16, 30)); // Heiligabend after 17:00 in Berlin
        var christmasEveEvening = await RunAsync(reminders);
        host.Clock.SetUtcNow(Utc(2026, 12, 25, 10)); // 1. Weihnachtstag
        var christmas = await RunAsync(reminders);
        host.Clock.SetUtcNow(Utc(2026, 12, 27, 10)); // Sunday
        var sunday = await RunAsync(reminders);
        host.Clock.SetUtcNow(Utc(2026, 12, 28, 8)); // Monday 9:00 in Berlin
        var monday = await RunAsync(reminders);

        Assert.Equal([0, 0, 0, 1], [christmasEveEvening, christmas, sunday, monday]);
        Assert.Single(host.LksChannel.Announced);
    }

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task Two_instances_running_at_once_send_each_reminder_exactly_once(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var first = stores.Host;
        await using var second = await RequestsHost.StartAsync(first.Database.KeepAlive());
        var desk = first.Services.GetRequiredService<RequestDesk>();
        var anna = new RequestActor(TestPerson.Anna.Key, TestPerson.Anna.Name);
        // Ten requests of the first morning; the even ones taken by Anna at once.
        for (var index = 0; index < 10; index++)
        {
            var created = await first.Store.CreateAsync(New(index, first.Clock.GetUtcNow()), CancellationToken.None);
            if (index % 2 == 0) await desk.ActAsync(created.Request, new RequestAction(TransitionKind.Claimed, anna), CancellationToken.None);
        }
        var one = first.Services.GetRequiredService<RequestReminders>();
        var other = second.Services.GetRequiredService<RequestReminders>();

        first.Clock.SetUtcNow(Utc(2026, 11, 24, 10));
        second.Clock.SetUtcNow(Utc(2026, 11, 24, 10));
        var unclaimed = await Task.WhenAll(one.SendDueAsync(CancellationToken.None), other.SendDueAsync(CancellationToken.None));
        var unclaimedAgain = await Task.WhenAll(one.SendDueAsync(CancellationToken.None), other.SendDueAsync(CancellationToken.None));
        first.Clock.SetUtcNow(Utc(2026, 12, 4, 10));
        second.Clock.SetUtcNow(Utc(2026, 12, 4, 10));
        var dueTomorrow = await Task.WhenAll(one.SendDueAsync(CancellationToken.None), other.SendDueAsync(CancellationToken.None));
        first.Clock.SetUtcNow(Utc(2026, 12, 8, 10));
        second.Clock.SetUtcNow(Utc(2026, 12, 8, 10));
        var overdue = await Task.WhenAll(one.SendDueAsync(CancellationToken.None), other.SendDueAsync(CancellationToken.None));
        var overdueAgain = await Task.WhenAll(one.SendDueAsync(CancellationToken.None), other.SendDueAsync(CancellationToken.None));

        Assert.Equal([5, 0, 5, 10, 0], [unclaimed.Sum(), unclaimedAgain.Sum(), dueTomorrow.Sum(), overdue.Sum(), overdueAgain.Sum()]);
        var announced = first.LksChannel.Announced.Concat(second.LksChannel.Announced).Select(reply => reply.Title).ToList();
        Assert.Equal(15, announced.Count);
        Assert.Equal(announced.Count, announced.Distinct().Count());
        var toAnna = first.Sender.To(TestPerson.Anna.Key).Concat(second.Sender.To(TestPerson.Anna.Key))
            .Where(reply => reply.Title!.StartsWith("Erinnerung", StringComparison.Ordinal)).Select(reply => reply.Title).ToList();
        Assert.Equal(5, toAnna.Count);
        Assert.Equal(5, toAnna.Distinct().Count());
    }

    private static NewSupportRequest New(int index, DateTimeOffset at) => new()
    {
        CategoryId = IntakeSteps.Fortbildung,
        Description = $"Fortbildung Nummer {index} für das Team",
        RedactedDescription = $"Fortbildung Nummer {index} für das Team",
        Region = "Hamm",
        RequesterKey = TestPerson.Erika.Key,
        SourceKey = $"reminder-test-{index}",
        CreatedAt = at,
    };

    private static Task<int> RunAsync(RequestReminders reminders) => reminders.SendDueAsync(CancellationToken.None);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
