using NrwBot.Dialogs.Materials;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Materials;

/// <summary>„Ähnliche Konzepte“: the Handlungskonzepte of other offices closest by topics, tags and text, with an offer to connect.</summary>
public sealed class SimilarConceptsTests
{
    [Fact]
    public async Task The_most_similar_concepts_of_other_offices_come_first_and_the_own_office_is_left_out()
    {
        await using var host = await MaterialsHost.StartAsync();
        await host.SeedAsync(MaterialsHost.ErikaKey, "Handlungskonzept Bielefeld", MaterialKind.Handlungskonzept, "Bielefeld", 2026,
            "Schule und Jugendarbeit: Projekttage gegen Rassismus an Schulen, Fortbildung für Lehrkräfte.", ["schule"], ["Jugend", "Lehrkräfte"]);
        await host.SeedAsync("user:aad-lena-0003", "Handlungskonzept Dortmund", MaterialKind.Handlungskonzept, "Dortmund", 2024,
            "Projekttage an Schulen und Fortbildung für Lehrkräfte, Stadtteilarbeit in der Nordstadt.", ["schule", "stadtteilarbeit"], ["Jugend"]);
        await host.SeedAsync(MaterialsHost.TomKey, "Handlungskonzept Kreis Düren", MaterialKind.Handlungskonzept, "Kreis Düren", 2025,
            "Netzwerkarbeit mit Vereinen und eine Steuerungsgruppe.", ["netzwerkarbeit", "steuerungsgruppe"]);
        await host.SeedAsync("user:aad-other-bielefeld", "Zweites Konzept Bielefeld", MaterialKind.Handlungskonzept, "Bielefeld", 2025,
            "Schule und Jugendarbeit an Schulen.", ["schule"], ["Jugend"]);
        await host.SeedAsync("user:aad-lena-0003", "Flyer Schule", MaterialKind.Oeffentlichkeitsarbeit, "Dortmund", 2024, "Flyer für Schulen und Lehrkräfte.", ["schule"]);

        var replies = await host.TurnAsync(host.Erika(), "Ähnliche Konzepte");
        var text = MaterialsHost.Visible(replies);

        TextAssert.Contains(MaterialsTexts.SimilarFound, text);
        var dortmund = text.IndexOf("Handlungskonzept Dortmund (M-", StringComparison.Ordinal);
        var dueren = text.IndexOf("Handlungskonzept Kreis Düren (M-", StringComparison.Ordinal);
        Assert.True(dortmund >= 0, text);
        Assert.True(dueren < 0 || dortmund < dueren, text);
        Assert.DoesNotContain("Zweites Konzept Bielefeld", text);
        Assert.DoesNotContain("Flyer Schule", text);
        Assert.DoesNotContain("Handlungskonzept Bielefeld (M-", text);
        Assert.Contains(replies, reply => reply is Microsoft.Bot.Schema.IMessageActivity { Attachments.Count: > 0 }
            && ActivityAssert.Card(reply).ToString().Contains(ContactAuthor.Verb, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_an_own_concept_the_user_is_told_how_and_a_non_concept_is_refused()
    {
        await using var host = await MaterialsHost.StartAsync();
        var flyer = await host.SeedAsync(MaterialsHost.TomKey, "Flyer", MaterialKind.Oeffentlichkeitsarbeit, "Kreis Düren", 2024, "Ein Flyer für alle.");

        var none = await host.TextAsync(host.Erika(), "Ähnliche Konzepte");
        var notAConcept = await host.TextAsync(host.Erika(), ActivityAssert.Submit(ShowSimilarConcepts.Verb, ("material", flyer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        TextAssert.Contains(MaterialsTexts.SimilarNeedsConcept, none);
        TextAssert.Contains(MaterialsTexts.SimilarOnlyConcepts, notAConcept);
    }
}
