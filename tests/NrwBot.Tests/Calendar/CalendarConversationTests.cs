using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Calendar;
using NrwBot.Dialogs.Profile;
using NrwBot.Tests.Infrastructure;
using static NrwBot.Tests.Calendar.CalendarTestUsers;

namespace NrwBot.Tests.Calendar;

/// <summary>
/// "Fristen", "Termine im Januar", the LKS's entries, on the shipped sample calendar. The host's clock stands on
/// Monday, 23 November 2026, 09:00 UTC (10:00 in Berlin).
/// </summary>
public sealed class CalendarConversationTests
{
    [Fact]
    public async Task Fristen_lists_what_lies_ahead_for_the_users_role_and_region_with_the_working_days_left()
    {
        await using var host = await BotTestHost.StartAsync();
        var erika = host.Channel();
        await SetProfileAsync(host, erika, "Bielefeld", ProfileRoles.Fachkraft);
        var tom = TomsChat(host);
        await SetProfileAsync(host, tom, "Kreis Düren", ProfileRoles.Traeger);

        var erikas = await TextAsync(host, erika, "Welche Fristen stehen an?");
        var toms = await TextAsync(host, tom, "Fristen");

        Assert.Contains("Letzter Mittelabruf für das Haushaltsjahr 2026", erikas);
        Assert.Contains(NrwBot.Dialogs.WorkingDays.WorkingDaysTexts.DaysLeft.Format(9), erikas);
        Assert.Contains("Netzwerktreffen der lokalen Fachkräfte", erikas);
        Assert.Contains("Regionaltreffen Regierungsbezirk Detmold", erikas);
        TextAssert.Contains(CalendarTexts.ExampleNote, erikas);
        Assert.DoesNotContain("Mittelabruf", toms);
        Assert.DoesNotContain("Regionaltreffen", toms);
        Assert.Contains("Verwendungsnachweis", toms);
        Assert.Contains("Förderaufruf 2028", toms);
    }

    [Fact]
    public async Task Without_a_profile_only_what_concerns_everyone_and_a_hint_to_the_profile()
    {
        await using var host = await BotTestHost.StartAsync();

        var text = await TextAsync(host, host.Channel(), "Termine");

        Assert.Contains("Förderaufruf 2028", text);
        Assert.DoesNotContain("Netzwerktreffen", text);
        TextAssert.Contains(CalendarTexts.ForWhomNoProfile, text);
    }

    [Fact]
    public async Task Termine_im_Januar_shows_the_coming_january_and_an_unknown_month_is_said_plainly()
    {
        await using var host = await BotTestHost.StartAsync();
        var erika = host.Channel();
        await SetProfileAsync(host, erika, "Bielefeld", ProfileRoles.Fachkraft);

        var january = await TextAsync(host, erika, "Termine im Januar");
        var unknown = await TextAsync(host, erika, "Termine im Brumaire");
        var emptyMonth = await TextAsync(host, erika, "Fristen im August 2027");

        Assert.Contains("Januar 2027", january);
        Assert.Contains("Netzwerktreffen der lokalen Fachkräfte", january);
        Assert.DoesNotContain("Mittelabruf", january);
        Assert.Contains(CalendarTexts.UnknownMonth.Format("Brumaire"), unknown);
        Assert.Contains(CalendarTexts.NothingInMonth.Format("August", 2027), emptyMonth);
    }

    [Fact]
    public async Task Reminders_need_a_profile_and_the_personal_chat_and_nothing_is_stored_otherwise()
    {
        await using var host = await BotTestHost.StartAsync();
        var store = host.Services.GetRequiredService<ICalendarStore>();

        var withoutProfile = await TextAsync(host, host.Channel(), "Fristen-Erinnerungen an");
        var inChannel = await TextAsync(host, host.Channel(conversationType: "channel", conversationId: "19:lks@thread.tacv2"), Mentioning("Fristen-Erinnerungen an"));

        TextAssert.Contains(CalendarTexts.NeedsProfile, withoutProfile);
        TextAssert.Contains(CalendarTexts.PersonalOnly, inChannel);
        Assert.Null(await store.FindSubscriberAsync(ErikaKey, CancellationToken.None));
    }

    [Fact]
    public async Task Reminders_on_and_off_are_stored_before_the_bot_confirms_them()
    {
        await using var host = await BotTestHost.StartAsync();
        var store = host.Services.GetRequiredService<ICalendarStore>();
        var erika = host.Channel();
        await SetProfileAsync(host, erika, "Bielefeld", ProfileRoles.Fachkraft);

        var on = await TextAsync(host, erika, "Fristen-Erinnerungen an");
        var stored = await store.FindSubscriberAsync(ErikaKey, CancellationToken.None);
        var again = await TextAsync(host, erika, "Fristen-Erinnerungen an");
        var off = await TextAsync(host, erika, "Fristen-Erinnerungen aus");

        TextAssert.Contains(CalendarTexts.RemindersOn, on);
        Assert.Equal(new CalendarSubscriber(ErikaKey, "Bielefeld", ProfileRoles.Fachkraft) { RemindersOn = true }, stored);
        TextAssert.Contains(CalendarTexts.RemindersAlreadyOn, again);
        TextAssert.Contains(CalendarTexts.RemindersOff, off);
        Assert.Null(await store.FindSubscriberAsync(ErikaKey, CancellationToken.None));
    }

    [Fact]
    public async Task A_normal_user_cannot_add_or_delete_entries_nothing_is_stored()
    {
        await using var host = await BotTestHost.StartAsync();
        var store = host.Services.GetRequiredService<ICalendarStore>();

        var add = await TextAsync(host, host.Channel(), "Frist eintragen: 31.01.2027; Gefälschte Frist");
        var delete = await TextAsync(host, host.Channel(), "Frist löschen mittelabruf-2026-jahresende");

        TextAssert.Contains(CalendarTexts.OnlyForLks, add);
        TextAssert.Contains(CalendarTexts.OnlyForLks, delete);
        Assert.Empty(await store.ChatEntriesAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("Frist eintragen: 31.02.2027; Mittelabruf", "„31.02.2027“ ist kein gültiges Datum")]
    [InlineData("Frist eintragen: morgen; Mittelabruf", "„morgen“ ist kein gültiges Datum")]
    [InlineData("Frist eintragen: 20.11.2026; Mittelabruf", "liegt in der Vergangenheit")]
    [InlineData("Termin eintragen: 21.01.2027 – 20.01.2027; Treffen", "liegt vor dem Anfang")]
    [InlineData("Frist eintragen: 31.01.2027", "Es fehlt der Titel")]
    [InlineData("Frist eintragen: 31.01.2027; Mittelabruf; für Atlantis", "„Atlantis“ ist weder eine Rolle")]
    [InlineData("Frist eintragen: 31.01.2027; Mittelabruf; Erinnerung viele", "Erinnerungen sind Tage vorher")]
    [InlineData("Frist eintragen: 31.01.2027; Mittelabruf; Link http://example.org", "Ein Link muss mit https://")]
    public async Task An_lks_member_with_bad_input_gets_a_clear_message_and_nothing_is_stored(string command, string message)
    {
        await using var host = await LksHostAsync();
        var store = host.Services.GetRequiredService<ICalendarStore>();

        var text = await TextAsync(host, host.Channel(), command);

        Assert.Contains(message, text);
        Assert.Empty(await store.ChatEntriesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_lks_member_adds_an_entry_that_users_of_that_region_see_and_deletes_it_again()
    {
        await using var host = await LksHostAsync();
        var store = host.Services.GetRequiredService<ICalendarStore>();
        var tom = TomsChat(host);
        await SetProfileAsync(host, tom, "Kreis Düren", ProfileRoles.Traeger);

        var added = await TextAsync(host, host.Channel(), "Termin eintragen: 03.02.2027 - 04.02.2027; Klausur Köln; für Regierungsbezirk Köln; Erinnerung 14, 3");
        var twice = await TextAsync(host, host.Channel(), "Termin eintragen: 03.02.2027 - 04.02.2027; Klausur Köln; für Regierungsbezirk Köln");
        var toms = await TextAsync(host, tom, "Termine im Februar");
        var entry = Assert.Single(await store.ChatEntriesAsync(CancellationToken.None));
        var deleted = await TextAsync(host, host.Channel(), $"Termin löschen {entry.Id}");

        TextAssert.Contains(CalendarTexts.Added, added);
        TextAssert.Contains(CalendarTexts.AddDuplicate, twice);
        Assert.Equal(new DateOnly(2027, 2, 3), entry.Start);
        Assert.Equal(new DateOnly(2027, 2, 4), entry.End);
        Assert.Equal(["Regierungsbezirk Köln"], entry.Audience.Regions);
        Assert.Equal([14, 3], entry.ReminderDays);
        Assert.Contains("Klausur Köln", toms);
        TextAssert.Contains(CalendarTexts.Deleted, deleted);
        Assert.Empty(await store.ChatEntriesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_knowledge_answer_on_a_deadline_shows_the_next_date_from_the_calendar_for_those_it_concerns()
    {
        await using var host = await BotTestHost.StartAsync();
        var erika = host.Channel();
        await SetProfileAsync(host, erika, "Bielefeld", ProfileRoles.Fachkraft);
        var tom = TomsChat(host);
        await SetProfileAsync(host, tom, "Kreis Düren", ProfileRoles.Traeger);

        var erikas = await host.TurnAsync(erika, "Bis wann müssen die Mittel für dieses Jahr abgerufen sein?");
        var toms = await TextAsync(host, tom, "Bis wann müssen die Mittel für dieses Jahr abgerufen sein?");

        Assert.Equal(2, erikas.Count);
        Assert.Contains("Mittelabruf", ActivityAssert.VisibleText(erikas[0]));
        var date = ActivityAssert.VisibleText(erikas[1]);
        TextAssert.Contains(CalendarTexts.NextDate, date);
        Assert.Contains("04.12.2026", date);
        Assert.Contains(NrwBot.Dialogs.WorkingDays.WorkingDaysTexts.DaysLeft.Format(9), date);
        TextAssert.DoesNotContain(CalendarTexts.NextDate, toms);
    }

    private static Task<BotTestHost> LksHostAsync() =>
        BotTestHost.StartAsync(builder => builder.Configuration["Lks:Members:0"] = BotTestHost.UserAadId);
}
