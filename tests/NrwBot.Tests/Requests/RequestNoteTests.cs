using Microsoft.Bot.Schema;
using NrwBot.Dialogs.Requests;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Requests;

/// <summary>"#42 notiz: …": an internal LKS note in the request's history, never shown to the requester. SQLite and PostgreSQL.</summary>
public sealed class RequestNoteTests
{
    private const string Note = "Rückruf vereinbart, Kreis hat schon eigene Referentin angefragt";

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task A_note_sits_in_the_LKS_history_in_order_and_the_requester_neither_sees_it_nor_hears_of_it(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var host = stores.Host;
        var request = await IntakeSteps.FileAsync(host, TestPerson.Erika, "Fortbildung zu Verschwörungserzählungen für Jugendarbeit");
        var anna = host.Channel(TestPerson.Anna);
        await host.TurnAsync(anna, "#1 übernehmen");
        var toErika = host.Sender.To(TestPerson.Erika.Key).Count;

        TextAssert.Contains(RequestsTexts.DoneNoted, await host.TextOfTurnAsync(anna, "#1 notiz: " + Note));
        await host.TurnAsync(host.Channel(TestPerson.Ben), "#1 note: second note in English");
        await host.TurnAsync(anna, "#1 erledigt: Referentin vermittelt");

        var lks = await host.TextOfTurnAsync(anna, "#1");
        var order = new[] { "übernommen (Anna Schmidt)", "interne Notiz (Anna Schmidt): " + Note, "interne Notiz (Ben Weber): second note in English", "erledigt (Anna Schmidt)" }
            .Select(step => lks.IndexOf(step, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order().ToList(), order);

        var erika = host.Channel(TestPerson.Erika);
        var seen = await host.TextOfTurnAsync(erika, "#1") + await host.TextOfTurnAsync(erika, "Meine Anfragen") + await host.TextOfTurnAsync(erika, "Meine Daten")
            + string.Join("\n", host.Sender.To(TestPerson.Erika.Key).Select(ReplyText.Of));
        Assert.DoesNotContain("Referentin angefragt", seen);
        Assert.DoesNotContain("second note", seen);
        TextAssert.DoesNotContain(RequestsTexts.HistoryNoted, seen);
        Assert.Equal(toErika + 1, host.Sender.To(TestPerson.Erika.Key).Count); // only the closing
        Assert.Equal(RequestState.Done, (await host.Store.FindAsync(request.Number, default))!.State);
    }

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task Others_are_refused_an_empty_note_is_refused_and_a_redelivered_note_is_stored_once(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var host = stores.Host;
        var request = await IntakeSteps.FileAsync(host, TestPerson.Erika, "Beratung zur Antragstellung Partnerschaft für Demokratie");

        TextAssert.Contains(RequestsTexts.NotLks, await host.TextOfTurnAsync(host.Channel(TestPerson.Carl), "#1 notiz: " + Note));
        TextAssert.Contains(RequestsTexts.NotLks, await host.TextOfTurnAsync(host.Channel(TestPerson.Erika), "#1 notiz: " + Note));
        var anna = host.Channel(TestPerson.Anna);
        TextAssert.Contains(RequestsTexts.NeedNote, await host.TextOfTurnAsync(anna, "#1 notiz"));
        Assert.DoesNotContain(await host.Store.HistoryAsync(request.Id, default), entry => entry.Kind == TransitionKind.Noted);

        var first = await host.TextOfTurnAsync(anna, new Activity { Type = ActivityTypes.Message, Text = "#1 notiz: " + Note, Id = "note-1" });
        var again = await host.TextOfTurnAsync(anna, new Activity { Type = ActivityTypes.Message, Text = "#1 notiz: " + Note, Id = "note-1" });

        Assert.Equal(first, again);
        var note = Assert.Single(await host.Store.HistoryAsync(request.Id, default), entry => entry.Kind == TransitionKind.Noted);
        Assert.Equal(Note, note.Comment);
        Assert.Equal(RequestState.New, (await host.Store.FindAsync(request.Number, default))!.State);
    }
}
