using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Lks;
using NrwBot.Dialogs.Requests;
using NrwBot.Dialogs.Requests.Absence;
using NrwBot.Dialogs.Requests.Reminders;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Requests;

/// <summary>
/// Issue 15, absences and Vertretung: an LKS member away hands new assignments, reminders and the holder shown on
/// their requests to the substitute until „Wieder da“ or the date passes. Anna leads the LKS, Ben does not; Carl is
/// no LKS member. The clock starts on Monday, 23 November 2026.
/// </summary>
public sealed class AbsenceTests
{
    [Fact]
    public async Task While_Anna_is_away_assignments_reminders_and_her_requests_go_to_or_show_Ben_until_she_is_back()
    {
        await using var host = await RequestsHost.StartAsync();
        var (anna, ben) = (host.Channel(TestPerson.Anna), host.Channel(TestPerson.Ben));
        await host.TurnAsync(ben, "Warteschlange"); // Ben has written to NrwBot: his name can be resolved
        var first = await IntakeSteps.FileAsync(host, TestPerson.Erika, "Fortbildung für Ehrenamtliche in der Flüchtlingshilfe");
        await host.TurnAsync(anna, "#1 übernehmen");

        var saved = await host.TextOfTurnAsync(anna, "Abwesend bis 19.12. Vertretung: Ben Weber");
        var card = await host.TextOfTurnAsync(ben, "#1");
        await IntakeSteps.FileAsync(host, TestPerson.Carl, "Fortbildung zur Moderation schwieriger Gespräche", region: "Hamm");
        var assigned = await host.TextOfTurnAsync(ben, "#2 an Anna");
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
        await host.Services.GetRequiredService<RequestReminders>().SendDueAsync(CancellationToken.None);
        var back = await host.TextOfTurnAsync(anna, "Wieder da");
        var cardAfter = await host.TextOfTurnAsync(ben, "#1");

        Assert.Equal(AbsenceTexts.Saved.Format("Anna Schmidt", "19.12.2026", "Ben Weber"), saved);
        Assert.Contains(AbsenceTexts.Held.Format("Anna Schmidt", "19.12.2026", "Ben Weber"), card);
        Assert.Contains(host.Sender.To(TestPerson.Ben.Key), reply => reply.Title == AbsenceTexts.ToSubstituteTitle.Format("Anna Schmidt"));
        Assert.Contains(AbsenceTexts.AssignedToSubstitute.Format("Anna Schmidt", "19.12.2026", "Ben Weber"), assigned);
        var second = (await host.AllRequestsAsync()).Single(request => request.Number.Sequence == 2);
        Assert.Equal(TestPerson.Ben.Key, second.Assignee!.Key);
        var reminder = Assert.Single(host.Sender.To(TestPerson.Ben.Key), reply => reply.Title == RequestReminderTexts.DueTomorrowTitle.Format(first.Number));
        Assert.Contains("Anna Schmidt", reminder.Text);
        Assert.DoesNotContain(host.Sender.To(TestPerson.Anna.Key), reply => reply.Title == RequestReminderTexts.DueTomorrowTitle.Format(first.Number));
        TextAssert.Contains(AbsenceTexts.Ended, back);
        Assert.DoesNotContain("Vertretung", cardAfter);
        Assert.Empty(await Absences(host).CurrentAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_absence_ends_by_itself_the_day_after_its_date()
    {
        await using var host = await RequestsHost.StartAsync();
        await host.TurnAsync(host.Channel(TestPerson.Ben), "Warteschlange");
        await host.TurnAsync(host.Channel(TestPerson.Anna), "Abwesend bis 25.11.2026 Vertretung: Ben");

        var during = await Absences(host).CurrentAsync(CancellationToken.None);
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 25, 22, 59, 0, TimeSpan.Zero)); // 23:59 in Berlin, still the 25th
        var lastMinute = await Absences(host).CurrentAsync(CancellationToken.None);
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 25, 23, 0, 0, TimeSpan.Zero));
        var after = await Absences(host).CurrentAsync(CancellationToken.None);

        Assert.Equal(TestPerson.Ben.Key, Assert.Single(during).Substitute.Key);
        Assert.Single(lastMinute);
        Assert.Empty(after);
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_message_and_nothing_is_stored()
    {
        await using var host = await RequestsHost.StartAsync();
        var anna = host.Channel(TestPerson.Anna);
        await host.TurnAsync(host.Channel(TestPerson.Ben), "Warteschlange");
        await host.TurnAsync(host.Channel(TestPerson.Carl), "Hallo");

        var past = await host.TextOfTurnAsync(anna, "Abwesend bis 01.11.2026 Vertretung: Ben Weber");
        var noDate = await host.TextOfTurnAsync(anna, "Abwesend bis irgendwann Vertretung: Ben Weber");
        var notLks = await host.TextOfTurnAsync(anna, "Abwesend bis 19.12. Vertretung: Carl Klein");
        var unknown = await host.TextOfTurnAsync(anna, "Abwesend bis 19.12. Vertretung: Zorro");
        var noSubstitute = await host.TextOfTurnAsync(anna, "Abwesend bis 19.12.");
        var self = await host.TextOfTurnAsync(anna, "Abwesend bis 19.12. Vertretung: Anna Schmidt");
        var unknownMember = await host.TextOfTurnAsync(anna, "Abwesend: Zorro bis 19.12. Vertretung: Ben Weber");

        TextAssert.Contains(AbsenceTexts.DateInPast, past);
        TextAssert.Contains(AbsenceTexts.InvalidDate, noDate);
        TextAssert.Contains(AbsenceTexts.SubstituteNotLks, notLks);
        Assert.Contains("Ben Weber", notLks); // who can stand in
        TextAssert.Contains(AbsenceTexts.SubstituteNotLks, unknown);
        TextAssert.Contains(AbsenceTexts.NeedSubstitute, noSubstitute);
        TextAssert.Contains(AbsenceTexts.SubstituteSelf, self);
        TextAssert.Contains(AbsenceTexts.UnknownMember, unknownMember);
        Assert.Empty(await Absences(host).CurrentAsync(CancellationToken.None));
        Assert.Empty(host.Sender.To(TestPerson.Ben.Key));
    }

    [Fact]
    public async Task Only_the_lead_sets_or_ends_an_absence_for_someone_else_and_forged_cards_change_nothing()
    {
        await using var host = await RequestsHost.StartAsync();
        var (anna, ben, carl) = (host.Channel(TestPerson.Anna), host.Channel(TestPerson.Ben), host.Channel(TestPerson.Carl));
        await host.TurnAsync(ben, "Warteschlange");
        await host.TurnAsync(anna, "Warteschlange");

        var benForAnna = await host.TextOfTurnAsync(ben, "Abwesend: Anna Schmidt bis 19.12. Vertretung: Ben Weber");
        var benForgedCard = await host.TextOfTurnAsync(ben, ActivityAssert.Submit(SetAbsence.Verb,
            (SetAbsence.UntilKey, "2026-12-19"), (SetAbsence.SubstituteKey, "Ben Weber"), (SetAbsence.MemberKey, "Anna Schmidt")));
        var carlTyped = await host.TextOfTurnAsync(carl, "Abwesend bis 19.12. Vertretung: Ben Weber");
        var carlCard = await host.TextOfTurnAsync(carl, ActivityAssert.Submit(SetAbsence.Verb,
            (SetAbsence.UntilKey, "2026-12-19"), (SetAbsence.SubstituteKey, "Ben Weber")));
        var carlBack = await host.TextOfTurnAsync(carl, "Wieder da: Anna Schmidt");
        var nothingYet = await Absences(host).CurrentAsync(CancellationToken.None);
        var annaForBen = await host.TextOfTurnAsync(anna, "Abwesend: Ben Weber bis 19.12. Vertretung: Anna Schmidt");
        var benEndsAnnas = await host.TextOfTurnAsync(ben, "Wieder da: Anna Schmidt");
        var benByCard = await host.TextOfTurnAsync(ben, ActivityAssert.Submit(SetAbsence.Verb,
            (SetAbsence.UntilKey, "2026-12-18"), (SetAbsence.SubstituteKey, "Anna Schmidt")));

        TextAssert.Contains(AbsenceTexts.OnlyLead, benForAnna);
        TextAssert.Contains(AbsenceTexts.OnlyLead, benForgedCard);
        TextAssert.Contains(RequestsTexts.NotLks, carlTyped);
        TextAssert.Contains(RequestsTexts.NotLks, carlCard);
        TextAssert.Contains(RequestsTexts.NotLks, carlBack);
        Assert.Empty(nothingYet);
        Assert.Contains("Ben Weber", annaForBen);
        TextAssert.Contains(AbsenceTexts.OnlyLead, benEndsAnnas);
        Assert.Contains("18.12.2026", benByCard);
        var stored = Assert.Single(await Absences(host).CurrentAsync(CancellationToken.None));
        Assert.Equal((TestPerson.Ben.Key, new DateOnly(2026, 12, 18), TestPerson.Anna.Key), (stored.Member.Key, stored.Until, stored.Substitute.Key));
    }

    private static LksAbsences Absences(RequestsHost host) => host.Services.GetRequiredService<LksAbsences>();
}
