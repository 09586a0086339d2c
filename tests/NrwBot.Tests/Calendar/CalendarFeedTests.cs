using System.Net;
using System.Text.RegularExpressions;
using Ical.Net.CalendarComponents;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Calendar;
using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.Profile;
using NrwBot.Tests.Infrastructure;
using static NrwBot.Tests.Calendar.CalendarTestUsers;

namespace NrwBot.Tests.Calendar;

/// <summary>
/// The personal feed over real HTTP on loopback: the conversation runs in a test host, the feed is fetched from a
/// running bot on the same database (as Outlook would fetch it from the bot's address).
/// </summary>
public sealed partial class CalendarFeedTests
{
    [Fact]
    public async Task The_feed_parsed_back_with_ical_net_holds_exactly_the_file_entries_that_concern_the_user()
    {
        using var database = TestDatabase.Sqlite();
        await using var host = await BotTestHost.StartAsync(database: database.KeepAlive());
        var erika = host.Channel();
        await SetProfileAsync(host, erika, "Bielefeld", ProfileRoles.Fachkraft);
        var token = Token(await TextAsync(host, erika, "Kalender abonnieren"));
        await using var bot = await RunningBot.StartAsync(database: database.KeepAlive());

        var response = await bot.Http.GetAsync($"/calendar/{token}.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var regions = host.Services.GetRequiredService<IRegionDirectory>();
        var expected = CalendarFile.LoadFolder(Path.Combine(AppContext.BaseDirectory, "content", "calendar"), regions)
            .Where(entry => entry.Audience.Concerns(new UserProfile("Bielefeld", ProfileRoles.Fachkraft), regions))
            .OrderBy(entry => entry.Id).ToList();
        var events = calendar.Events.OrderBy(calendarEvent => calendarEvent.Uid).ToList();
        Assert.Equal(expected.Select(entry => entry.Id + CalendarIcs.UidDomain), events.Select(calendarEvent => calendarEvent.Uid));
        foreach (var (entry, calendarEvent) in expected.Zip(events)) AssertSame(entry, calendarEvent);
    }

    [Fact]
    public async Task A_renewed_token_refuses_the_old_address_and_serves_the_new_one()
    {
        using var database = TestDatabase.Sqlite();
        await using var host = await BotTestHost.StartAsync(database: database.KeepAlive());
        var erika = host.Channel();
        await SetProfileAsync(host, erika, "Kreis Düren", ProfileRoles.Verwaltung);
        var first = Token(await TextAsync(host, erika, "Kalender abonnieren"));
        var same = Token(await TextAsync(host, erika, "Kalender abonnieren"));
        var renewedText = await TextAsync(host, erika, "Kalender-Abo erneuern");
        var renewed = Token(renewedText);
        await using var bot = await RunningBot.StartAsync(database: database.KeepAlive());

        Assert.Equal(first, same);
        Assert.NotEqual(first, renewed);
        TextAssert.Contains(CalendarTexts.FeedRenewed, renewedText);
        Assert.Equal(HttpStatusCode.NotFound, (await bot.Http.GetAsync($"/calendar/{first}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync($"/calendar/{renewed}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bot.Http.GetAsync("/calendar/not-a-token.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bot.Http.GetAsync($"/calendar/{renewed}.txt")).StatusCode);
    }

    [Fact]
    public async Task Meine_Daten_shows_the_feed_and_reminders_and_Meine_Daten_loeschen_removes_them_and_refuses_the_address()
    {
        using var database = TestDatabase.Sqlite();
        await using var host = await BotTestHost.StartAsync(database: database.KeepAlive());
        var erika = host.Channel();
        await SetProfileAsync(host, erika, "Bielefeld", ProfileRoles.Fachkraft);
        await host.TurnAsync(erika, "Fristen-Erinnerungen an");
        var token = Token(await TextAsync(host, erika, "Kalender abonnieren"));

        var shown = await TextAsync(host, erika, "Meine Daten");
        await host.TurnAsync(erika, "Meine Daten löschen");
        await host.TurnAsync(erika, ActivityAssert.Submit("mydata.delete.confirm"));
        var afterwards = await TextAsync(host, erika, "Meine Daten");
        await using var bot = await RunningBot.StartAsync(database: database.KeepAlive());

        Assert.Contains("Fristen und Termine:** Erinnerungen an", shown);
        Assert.Contains($"/calendar/{token}.ics", shown);
        TextAssert.Contains(CalendarTexts.MyDataNone, afterwards);
        Assert.Null(await host.Services.GetRequiredService<ICalendarStore>().FindSubscriberAsync(ErikaKey, CancellationToken.None));
        Assert.Equal(HttpStatusCode.NotFound, (await bot.Http.GetAsync($"/calendar/{token}.ics")).StatusCode);
    }

    [Fact]
    public async Task The_feed_address_is_never_shown_in_a_channel()
    {
        await using var host = await BotTestHost.StartAsync();

        var text = await TextAsync(host, host.Channel(conversationType: "channel", conversationId: "19:lks@thread.tacv2"), Mentioning("Kalender abonnieren"));

        Assert.DoesNotContain("/calendar/", text);
        TextAssert.Contains(CalendarTexts.PersonalOnly, text);
    }

    private static void AssertSame(CalendarEntry entry, CalendarEvent calendarEvent)
    {
        Assert.Equal(CalendarIcs.Summary(entry), calendarEvent.Summary);
        Assert.Equal(entry.Start, DateOnly.FromDateTime(calendarEvent.DtStart!.Value));
        Assert.False(calendarEvent.DtStart.HasTime);
        Assert.Equal(entry.End.AddDays(1), DateOnly.FromDateTime(calendarEvent.DtEnd!.Value));
        Assert.Equal(entry.ReminderDays.Order(), calendarEvent.Alarms.Select(alarm => -alarm.Trigger!.Duration!.Value.Days!.Value).Order());
        if (entry.Link is not null) Assert.Equal(new Uri(entry.Link), calendarEvent.Url);
    }

    private static string Token(string text) => FeedAddress().Match(text) is { Success: true } match ? match.Groups[1].Value : throw new Xunit.Sdk.XunitException("no feed address in: " + text);

    [GeneratedRegex(@"/calendar/([A-Za-z0-9_-]{43})\.ics")]
    private static partial Regex FeedAddress();
}
