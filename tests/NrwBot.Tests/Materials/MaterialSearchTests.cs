using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Materials;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Requests;

namespace NrwBot.Tests.Materials;

/// <summary>„Material suchen …“ and natural questions: the knowledge base's German search with filters by kind, topic, region and year; cards with link, office and „Kontakt aufnehmen“.</summary>
public sealed class MaterialSearchTests
{
    private static async Task SeedNetworkAsync(MaterialsHost host)
    {
        await host.SeedAsync(MaterialsHost.TomKey, "Bedarfsanalyse Kreis Düren", MaterialKind.Bestandsanalyse, "Kreis Düren", 2025,
            "Interviews mit Schulen, Vereinen und Verwaltung zur Ausgangslage im Kreis.", ["bestandsanalyse"]);
        await host.SeedAsync("user:aad-lena-0003", "Handlungskonzept Dortmund", MaterialKind.Handlungskonzept, "Dortmund", 2024,
            "Handlungsfelder Schule und Stadtteilarbeit, mit Demokratiekonferenzen in den Bezirken.", ["schule", "stadtteilarbeit"], ["Jugend"]);
        await host.SeedAsync("user:aad-lena-0003", "Handlungskonzept Hamm Netzwerk", MaterialKind.Handlungskonzept, "Hamm", 2023,
            "Netzwerkarbeit mit Vereinen.", ["netzwerkarbeit"]);
        await host.SeedAsync(MaterialsHost.ErikaKey, "Handlungskonzept Bielefeld", MaterialKind.Handlungskonzept, "Bielefeld", 2026,
            "Schule und Jugendarbeit in Bielefeld.", ["schule"]);
        await host.SeedAsync(MaterialsHost.TomKey, "Flyer Demokratiefest", MaterialKind.Oeffentlichkeitsarbeit, "Kreis Düren", 2024,
            "Flyer zum Demokratiefest auf dem Marktplatz.", ["oeffentlichkeitsarbeit"]);
        await host.SeedAsync(MaterialsHost.TomKey, "Interne Auswertung Förderung", MaterialKind.Protokoll, "Kreis Düren", 2025,
            "Auswertung für die LKS zur Förderung.", visibility: MaterialVisibility.LksOnly);
    }

    [SkippableTheory, MemberData(nameof(MaterialsHost.Providers), MemberType = typeof(MaterialsHost))]
    public async Task A_natural_question_finds_the_kind_asked_for(string provider)
    {
        await using var host = await MaterialsHost.StartAsync(provider);
        await SeedNetworkAsync(host);

        var reply = await host.TextAsync(host.Erika(), "Gibt es ein Beispiel für eine Bestandsanalyse?");

        TextAssert.Contains(MaterialsTexts.Found, reply);
        Assert.Contains("Bedarfsanalyse Kreis Düren", reply);
        Assert.DoesNotContain("Handlungskonzept Dortmund", reply);
        Assert.Contains(MaterialsTexts.Office.Format("Kreis Düren", "Köln"), reply);
    }

    [Fact]
    public async Task Kind_topic_and_Regierungsbezirk_filter_together_and_the_card_has_link_office_and_contact()
    {
        await using var host = await MaterialsHost.StartAsync();
        await SeedNetworkAsync(host);

        var replies = await host.TurnAsync(host.Erika(), "Handlungskonzept Schule Regierungsbezirk Arnsberg");
        var text = MaterialsHost.Visible(replies);

        Assert.Contains(MaterialsTexts.Found.Format(1, "Handlungskonzept, Thema Schule, Regierungsbezirk Arnsberg"), text);
        Assert.Contains("Handlungskonzept Dortmund", text);
        Assert.DoesNotContain("Hamm Netzwerk", text);
        Assert.DoesNotContain("Handlungskonzept Bielefeld", text);
        var card = ActivityAssert.Card(replies.Single(reply => ActivityAssert.VisibleText(reply).Contains("Handlungskonzept Dortmund (M-", StringComparison.Ordinal))).ToString();
        Assert.Contains("https://example.sharepoint.com/sites/nrw/Handlungskonzept%20Dortmund.pdf", card);
        Assert.Contains(ContactAuthor.Verb, card);
        Assert.Contains(ShowSimilarConcepts.Verb, card);
        Assert.DoesNotContain(WithdrawMaterial.Verb, card);
    }

    [Fact]
    public async Task Free_words_are_searched_with_the_German_analysis_and_year_and_Kreis_filter()
    {
        await using var host = await MaterialsHost.StartAsync();
        await SeedNetworkAsync(host);
        var erika = host.Erika();

        var conference = await host.TextAsync(erika, "Material suchen Demokratiekonferenz");
        var flyer2024 = await host.TextAsync(erika, "Materialien aus dem Kreis Düren 2024");
        var nothing = await host.TextAsync(erika, "Material suchen Präsentation 2019");

        Assert.Contains("Handlungskonzept Dortmund", conference);
        Assert.DoesNotContain("Hamm", conference);
        Assert.Contains("Flyer Demokratiefest", flyer2024);
        Assert.DoesNotContain("Bedarfsanalyse", flyer2024);
        TextAssert.Contains(MaterialsTexts.NothingFound, nothing);
    }

    [Fact]
    public async Task LKS_only_materials_are_found_by_the_LKS_and_their_owner_only()
    {
        await using var host = await MaterialsHost.StartAsync();
        await SeedNetworkAsync(host);

        var erika = await host.TextAsync(host.Erika(), "Material suchen Auswertung Förderung");
        var tom = await host.TextAsync(host.Chat(MaterialsHost.Tom), "Material suchen Auswertung Förderung");
        var anna = await host.TextAsync(host.Chat(MaterialsHost.Anna), "Material suchen Auswertung Förderung");

        Assert.DoesNotContain("Interne Auswertung", erika);
        Assert.Contains("Interne Auswertung", tom);
        Assert.Contains("Interne Auswertung", anna);
        TextAssert.Contains(MaterialsTexts.LksOnlyNote, anna);
    }

    [Fact]
    public async Task Kontakt_aufnehmen_tells_the_author_through_the_outbox_and_shows_the_offices_contacts()
    {
        var sender = new RecordingProactiveSender();
        await using var host = await MaterialsHost.StartAsync(replaceServices: services => services.AddSingleton<IProactiveSender>(sender));
        await SeedNetworkAsync(host);
        var erika = host.Erika();

        var found = await host.TurnAsync(erika, "Gibt es ein Beispiel für eine Bestandsanalyse?");
        var contact = await host.TextAsync(erika, ActivityAssert.Click(found, ContactAuthor.Verb));

        TextAssert.Contains(MaterialsTexts.ContactTold, contact);
        var toTom = Assert.Single(sender.To(MaterialsHost.TomKey));
        Assert.Contains(BotTestHost.UserName, toTom.Text);
        Assert.Contains("Bedarfsanalyse Kreis Düren", toTom.Text);
    }

    [SkippableTheory, MemberData(nameof(MaterialsHost.Providers), MemberType = typeof(MaterialsHost))]
    public async Task Kontakt_aufnehmen_clicked_twice_or_redelivered_tells_the_author_once(string provider)
    {
        var sender = new RecordingProactiveSender();
        await using var host = await MaterialsHost.StartAsync(provider, services => services.AddSingleton<IProactiveSender>(sender));
        await SeedNetworkAsync(host);
        var erika = host.Erika();
        var found = await host.TurnAsync(erika, "Gibt es ein Beispiel für eine Bestandsanalyse?");

        var first = await host.TextAsync(erika, ActivityAssert.Click(found, ContactAuthor.Verb));
        var second = await host.TextAsync(erika, ActivityAssert.Click(found, ContactAuthor.Verb));
        var lena = host.Chat(MaterialsHost.Lena);
        var byLena = await host.TextAsync(lena, ActivityAssert.Click(await host.TurnAsync(lena, "Gibt es ein Beispiel für eine Bestandsanalyse?"), ContactAuthor.Verb));

        TextAssert.Contains(MaterialsTexts.ContactTold, first);
        TextAssert.Contains(MaterialsTexts.ContactAlreadyTold, second);
        TextAssert.Contains(MaterialsTexts.ContactTold, byLena);
        Assert.Equal(2, sender.To(MaterialsHost.TomKey).Count);
        Assert.Single(sender.To(MaterialsHost.TomKey), reply => reply.Text!.Contains(BotTestHost.UserName));
    }

    [SkippableTheory, MemberData(nameof(MaterialsHost.Providers), MemberType = typeof(MaterialsHost))]
    public async Task Meine_Daten_shows_the_contact_requests_and_Meine_Daten_loeschen_removes_them_for_clicker_and_author(string provider)
    {
        var sender = new RecordingProactiveSender();
        await using var host = await MaterialsHost.StartAsync(provider, services => services.AddSingleton<IProactiveSender>(sender));
        await SeedNetworkAsync(host);
        var erika = host.Erika();
        await host.TurnAsync(erika, ActivityAssert.Click(await host.TurnAsync(erika, "Gibt es ein Beispiel für eine Bestandsanalyse?"), ContactAuthor.Verb));
        var tom = host.Chat(MaterialsHost.Tom);
        var lena = host.Chat(MaterialsHost.Lena);
        await host.TurnAsync(lena, ActivityAssert.Click(await host.TurnAsync(lena, "Gibt es ein Beispiel für eine Bestandsanalyse?"), ContactAuthor.Verb));

        var shown = await host.TextAsync(erika, "Meine Daten");
        await host.TurnAsync(erika, "Meine Daten löschen");
        await host.TurnAsync(erika, ActivityAssert.Submit("mydata.delete.confirm"));
        var afterErika = (await DatabaseTables.ReadAllAsync(host.Host.Database))["material_contacts"];
        await host.TurnAsync(tom, "Meine Daten löschen");
        await host.TurnAsync(tom, ActivityAssert.Submit("mydata.delete.confirm"));
        var afterTom = (await DatabaseTables.ReadAllAsync(host.Host.Database))["material_contacts"];

        TextAssert.Contains(MaterialsTexts.MyDataContacts, shown);
        Assert.DoesNotContain(afterErika, row => row.Contains(MaterialsHost.ErikaKey, StringComparison.Ordinal));
        Assert.Single(afterErika);
        // Tom's material is gone with his data, and so is Lena's request for contact about it.
        Assert.Empty(afterTom);
    }

    [SkippableTheory, MemberData(nameof(MaterialsHost.Providers), MemberType = typeof(MaterialsHost))]
    public async Task The_cached_index_finds_a_new_material_and_drops_a_withdrawn_or_edited_one_right_after_the_change(string provider)
    {
        await using var host = await MaterialsHost.StartAsync(provider);
        await SeedNetworkAsync(host);
        var erika = host.Erika();
        const string query = "Material suchen Planspiel Kommunalwahl";

        var before = await host.TextAsync(erika, query);
        var shared = await host.SeedAsync(MaterialsHost.TomKey, "Planspiel Kommunalwahl", MaterialKind.Methode, "Kreis Düren", 2026, "Ein Planspiel zur Kommunalwahl für Klassen 9 und 10.");
        var afterSharing = await host.TextAsync(erika, query);
        var again = await host.TextAsync(erika, query);
        await host.Store.SetWithdrawnAsync(shared.Id, true, host.Host.Clock.GetUtcNow(), CancellationToken.None);
        var afterWithdrawing = await host.TextAsync(erika, query);
        await host.Store.SetWithdrawnAsync(shared.Id, false, host.Host.Clock.GetUtcNow(), CancellationToken.None);
        // An edit in the same millisecond (the test clock stands still): the revision covers the title itself, not only the time.
        await host.Store.UpdateAsync(shared with { Title = "Rollenspiel Ratssitzung", Description = "Ein Rollenspiel für Klassen 9 und 10." }, host.Host.Clock.GetUtcNow(), CancellationToken.None);
        var afterEditing = await host.TextAsync(erika, query);

        TextAssert.Contains(MaterialsTexts.NothingFound, before);
        Assert.Contains("Planspiel Kommunalwahl", afterSharing);
        Assert.Equal(afterSharing, again);
        TextAssert.Contains(MaterialsTexts.NothingFound, afterWithdrawing);
        TextAssert.Contains(MaterialsTexts.NothingFound, afterEditing);
    }

    [Theory]
    [InlineData("Bestandsanalyse wie?")]
    [InlineData("Gliederung Handlungskonzept?")]
    [InlineData("Handlungskonzept erstellen")]
    [InlineData("gibts nen Interviewleitfaden?")]
    [InlineData("Förderhinweis Vorlage")]
    public async Task Knowledge_questions_about_the_same_words_still_go_to_the_knowledge_base(string question)
    {
        await using var host = await MaterialsHost.StartAsync();
        await SeedNetworkAsync(host);

        var reply = await host.TextAsync(host.Erika(), question);

        TextAssert.DoesNotContain(MaterialsTexts.Found, reply);
        TextAssert.DoesNotContain(MaterialsTexts.NothingFound, reply);
    }
}
