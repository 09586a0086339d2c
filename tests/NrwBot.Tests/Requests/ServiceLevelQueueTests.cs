using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using NrwBot.Dialogs.Requests;
using NrwBot.Dialogs.Requests.ServiceLevels;
using NrwBot.Dialogs.WorkingDays;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Requests;

/// <summary>Target times in NRW working days (dringend 2, normal 10) on the LKS's queue and cards.</summary>
public sealed partial class ServiceLevelQueueTests
{
    [Fact]
    public void An_urgent_request_of_maundy_thursday_is_due_on_the_wednesday_after_easter()
    {
        var levels = new ServiceLevels(new ServiceLevelOptions(), new WorkingDayCalendar());
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 3, 25, 15, 0, 0, TimeSpan.Zero));
        var request = new SupportRequest
        {
            Id = 1, Number = new RequestNumber(2027, 1), CategoryId = "x", Description = "x", RedactedDescription = "x", Region = "Hamm",
            Urgency = Urgency.Urgent, CreatedAt = clock.GetUtcNow(), RequesterKey = "user:x",
        };

        Assert.Equal(new DateOnly(2027, 3, 31), levels.DueDate(request));
        Assert.Equal(new DateOnly(2027, 4, 12), levels.DueDate(request with { Urgency = Urgency.Normal }));
        clock.SetUtcNow(new DateTimeOffset(2027, 4, 1, 9, 0, 0, TimeSpan.Zero));
        Assert.True(levels.IsOverdue(request, clock.GetUtcNow()));
        Assert.Equal("fällig 31.03.2027 · überfällig seit 1 Arbeitstag", levels.TimeLeft(request, clock.GetUtcNow()));
    }

    [Fact]
    public async Task The_queue_shows_time_left_sorts_by_due_and_Warteschlange_ueberfaellig_shows_only_what_is_late()
    {
        await using var host = await RequestsHost.StartAsync();
        await IntakeSteps.FileAsync(host, TestPerson.Erika, "Fortbildung für Ehrenamtliche in der Flüchtlingshilfe");
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero));
        await IntakeSteps.FileAsync(host, TestPerson.Carl, "Vernetzung der Fachstellen im Ruhrgebiet", region: "Dortmund", category: IntakeSteps.Vernetzung, urgency: "dringend");
        var anna = host.Channel(TestPerson.Anna);

        var queue = await host.TextOfTurnAsync(anna, "Warteschlange");
        var overdue = await host.TextOfTurnAsync(anna, "Warteschlange überfällig");
        var card = await host.TextOfTurnAsync(anna, "#2");
        var refused = await host.TextOfTurnAsync(host.Channel(TestPerson.Carl), "Warteschlange überfällig");

        Assert.Equal(["#1", "#2"], Numbers(queue));
        Assert.Contains(ServiceLevelTexts.Due.Format("07.12.2026", WorkingDaysTexts.OverdueOne.German), queue);
        Assert.Contains(ServiceLevelTexts.Due.Format("10.12.2026", WorkingDaysTexts.DaysLeft.Format(2)), queue);
        Assert.Equal(["#1"], Numbers(overdue));
        Assert.Contains("überfällig", overdue);
        TextAssert.Contains(ServiceLevelTexts.FactDue, card);
        Assert.Contains("noch 2 Arbeitstage", card);
        TextAssert.Contains(RequestsTexts.NotLks, refused);
    }

    private static List<string> Numbers(string text) => QueueNumber().Matches(text).Select(match => match.Groups[1].Value).ToList();

    [GeneratedRegex(@"\*\*(#\d+)\*\* ·")]
    private static partial Regex QueueNumber();
}
