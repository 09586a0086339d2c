using NrwBot.Dialogs.Requests;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Requests;

/// <summary>The requester rates a closed request once: 1–5 and an optional comment, by form on Teams or typed. SQLite and PostgreSQL.</summary>
public sealed class RatingTests
{
    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task The_rating_form_on_the_closing_message_stores_one_rating_the_LKS_reads_it_and_Meine_Daten_shows_it(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var host = stores.Host;
        var request = await IntakeSteps.FileAsync(host, TestPerson.Erika, "Fortbildung zu Hate Speech im Netz für Ehrenamtliche");
        var anna = host.Channel(TestPerson.Anna);
        await host.TurnAsync(anna, "#1 erledigt: Termin am 12. März");
        var closing = host.Sender.To(TestPerson.Erika.Key)[^1];
        Assert.Contains("requests.rate", ReplyText.Verbs(closing));
        var erika = host.Channel(TestPerson.Erika);
        var number = request.Number.ToString();

        var formTurn = await host.TurnAsync(erika, ActivityAssert.Submit("requests.rate", ("number", number)));
        var form = formTurn[0]; // a profile nudge may follow
        TextAssert.Contains(RequestsTexts.RateFormTitle, form);
        Assert.Equal(["number", "stars", "text"], ActivityAssert.InputIds(form));
        var rated = await host.TextOfTurnAsync(erika, ActivityAssert.Submit("requests.rate.submit", ("number", number), ("stars", "4"), ("text", "gut erklärt")));
        var again = await host.TextOfTurnAsync(erika, ActivityAssert.Submit("requests.rate.submit", ("number", number), ("stars", "1"), ("text", "")));

        Assert.Contains(RequestsTexts.Rated.Format(number, 4), rated);
        Assert.Contains(RequestsTexts.RateAlready.Format(number), again);
        var rating = Assert.Single(await host.Store.HistoryAsync(request.Id, default), entry => entry.Kind == TransitionKind.Rated);
        Assert.Equal(new RequestRating(4, "gut erklärt"), RequestRating.Parse(rating.Comment));
        Assert.Equal(RequestState.Done, (await host.Store.FindAsync(request.Number, default))!.State);
        Assert.Contains("bewertet: 4 von 5 (Erika Musterfrau): gut erklärt", await host.TextOfTurnAsync(anna, "#1"));
        Assert.Contains("bewertet: 4 von 5", await host.TextOfTurnAsync(erika, "#1"));
        Assert.Contains(RequestsTexts.MyDataRating.Format(4) + " – „gut erklärt“", await host.TextOfTurnAsync(erika, "Meine Daten"));
    }

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task Typed_ratings_need_1_to_5_a_closed_request_and_the_requester(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var host = stores.Host;
        var request = await IntakeSteps.FileAsync(host, TestPerson.Erika, "Vernetzung mit Schulsozialarbeit im Kreis", category: IntakeSteps.Vernetzung);
        var erika = host.Channel(TestPerson.Erika);

        Assert.Contains(RequestsTexts.RateStillOpen.Format("UB-2026-0001"), await host.TextOfTurnAsync(erika, "#1 bewerten 5"));
        await host.TurnAsync(host.Channel(TestPerson.Anna), "#1 ablehnen: Dafür ist das Jugendamt zuständig.");
        Assert.Contains(RequestsTexts.RateHowTo.Format("#1"), await host.TextOfTurnAsync(erika, "#1 bewerten 9 super"));
        Assert.Contains(RequestsTexts.RateHowTo.Format("#1"), await host.TextOfTurnAsync(erika, "#1 bewerten"));
        var carl = host.Channel(TestPerson.Carl);
        Assert.Contains(RequestsTexts.NotYourRequest.Format("#1"), await host.TextOfTurnAsync(carl, "#1 bewerten 1 schlecht"));
        Assert.Contains(RequestsTexts.NotYourRequest.Format("UB-2026-0001"),
            await host.TextOfTurnAsync(carl, ActivityAssert.Submit("requests.rate.submit", ("number", "UB-2026-0001"), ("stars", "1"))));
        TextAssert.Contains(Dialogs.Routing.RoutingTexts.InvalidButton,
            await host.TextOfTurnAsync(erika, ActivityAssert.Submit("requests.rate.submit", ("number", "UB-2026-0001"), ("stars", "7"))));
        Assert.DoesNotContain(await host.Store.HistoryAsync(request.Id, default), entry => entry.Kind == TransitionKind.Rated);

        Assert.Contains(RequestsTexts.Rated.Format("UB-2026-0001", 2), await host.TextOfTurnAsync(erika, "#1 bewerten 2 Sterne: Hinweis auf das Jugendamt hat geholfen"));
        Assert.Contains(RequestsTexts.RateAlready.Format("UB-2026-0001"), await host.TextOfTurnAsync(erika, "#1 bewerten 5"));
        var stored = Assert.Single(await host.Store.HistoryAsync(request.Id, default), entry => entry.Kind == TransitionKind.Rated);
        Assert.Equal("2 Hinweis auf das Jugendamt hat geholfen", stored.Comment);
    }

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task After_Meine_Daten_loeschen_the_stars_stay_without_the_comment(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var host = stores.Host;
        var request = await IntakeSteps.FileAsync(host, TestPerson.Erika, "Beratung zur Elternarbeit");
        await host.TurnAsync(host.Channel(TestPerson.Anna), "#1 erledigt: Material geschickt");
        var erika = host.Channel(TestPerson.Erika);
        await host.TurnAsync(erika, "#1 bewerten 5 Frau Musterfrau sagt danke, erika@example.org");

        await host.TurnAsync(erika, "Meine Daten löschen");
        await host.TurnAsync(erika, ActivityAssert.Submit("mydata.delete.confirm"));

        var rating = Assert.Single(await host.Store.HistoryAsync(request.Id, default), entry => entry.Kind == TransitionKind.Rated);
        Assert.Equal("5", rating.Comment);
        Assert.Null(rating.Actor);
    }
}
