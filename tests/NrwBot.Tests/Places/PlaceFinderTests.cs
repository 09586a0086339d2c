using NrwBot.Dialogs.Places;

namespace NrwBot.Tests.Places;

public class PlaceFinderTests
{
    private static PlaceFinder Finder => TestPlaces.Finder;

    [Theory]
    [InlineData("Wer ist im Kreis Düren zuständig?", "Kreis Düren", PlaceKind.Kreis, "Kreis Düren")]
    [InlineData("im kreis dueren", "Kreis Düren", PlaceKind.Kreis, "Kreis Düren")]
    [InlineData("Ich komme aus Solingen", "Solingen", PlaceKind.KreisfreieStadt, "Solingen")]
    [InlineData("Wer ist in der Städteregion zuständig?", "Städteregion Aachen", PlaceKind.Kreis, "Städteregion Aachen")]
    [InlineData("in der Staedteregion", "Städteregion Aachen", PlaceKind.Kreis, "Städteregion Aachen")]
    [InlineData("Kolleg*innen im Raum Paderborn", "Paderborn", PlaceKind.Gemeinde, "Kreis Paderborn")]
    [InlineData("Ansprechpartner in Lübbecke", "Lübbecke", PlaceKind.Gemeinde, "Kreis Minden-Lübbecke")]
    [InlineData("ansprechpartner in LUEBBECKE", "Lübbecke", PlaceKind.Gemeinde, "Kreis Minden-Lübbecke")]
    [InlineData("Kontakt Recklinghausen", "Recklinghausen", PlaceKind.Gemeinde, "Kreis Recklinghausen")]
    [InlineData("Kontakt Kreis Recklinghausen", "Kreis Recklinghausen", PlaceKind.Kreis, "Kreis Recklinghausen")]
    [InlineData("im Landkreis Paderborn", "Kreis Paderborn", PlaceKind.Kreis, "Kreis Paderborn")]
    [InlineData("Stadt Paderborn", "Paderborn", PlaceKind.Gemeinde, "Kreis Paderborn")]
    [InlineData("im Kreis Lippe", "Kreis Lippe", PlaceKind.Kreis, "Kreis Lippe")]
    [InlineData("Kontakt EN-Kreis", "Ennepe-Ruhr-Kreis", PlaceKind.Kreis, "Ennepe-Ruhr-Kreis")]
    [InlineData("Büro im Rhein-Erft", "Rhein-Erft-Kreis", PlaceKind.Kreis, "Rhein-Erft-Kreis")]
    [InlineData("wir im Oberbergischen Kreis", "Oberbergischer Kreis", PlaceKind.Kreis, "Oberbergischer Kreis")]
    [InlineData("Kontakt Oberberg", "Oberbergischer Kreis", PlaceKind.Kreis, "Oberbergischer Kreis")]
    [InlineData("Wir sind im Märkischen Kreis", "Märkischer Kreis", PlaceKind.Kreis, "Märkischer Kreis")]
    [InlineData("Ansprechpartner MK", "Märkischer Kreis", PlaceKind.Kreis, "Märkischer Kreis")]
    [InlineData("Ich bin aus Muenster", "Münster", PlaceKind.KreisfreieStadt, "Münster")]
    [InlineData("Kontakt Munster", "Münster", PlaceKind.KreisfreieStadt, "Münster")]
    [InlineData("Kontakt Mülheim", "Mülheim an der Ruhr", PlaceKind.KreisfreieStadt, "Mülheim an der Ruhr")]
    [InlineData("Kontakt Gronau", "Gronau (Westf.)", PlaceKind.Gemeinde, "Kreis Borken")]
    [InlineData("Schloss Holte", "Schloß Holte-Stukenbrock", PlaceKind.Gemeinde, "Kreis Gütersloh")]
    [InlineData("in Aachen", "Aachen", PlaceKind.Gemeinde, "Städteregion Aachen")]
    public void Recognizes_places_in_free_text(string text, string name, PlaceKind kind, string region)
    {
        var place = Finder.Recognize(text)?.Place;
        Assert.NotNull(place);
        Assert.Equal((name, kind, region), (place.Name, place.Kind, place.Region?.Name));
    }

    [Theory]
    [InlineData("Ansprechpartner Gelsenkirchn", "Gelsenkirchen")]
    [InlineData("Wer ist in Bielfeld zuständig", "Bielefeld")]
    [InlineData("Kontakt Wupertal", "Wuppertal")]
    [InlineData("Ansprechpartner Paderbron", "Paderborn")]
    [InlineData("Kontakt Mönchengladbch", "Mönchengladbach")]
    [InlineData("Kontakt Bad Oynhausen", "Bad Oeynhausen")]
    [InlineData("aus Recklinghasen", "Recklinghausen")]
    [InlineData("im Oberbergischr Kreis", "Oberbergischer Kreis")]
    [InlineData("Kontakt Gütersloch", "Gütersloh")]
    [InlineData("Rheda-Wiedenbrueck", "Rheda-Wiedenbrück")]
    public void Forgives_typos_in_longer_names(string text, string name)
    {
        var match = Finder.Recognize(text);
        Assert.Equal(name, match?.Place?.Name);
        Assert.Equal(!text.Contains("Wiedenbrueck"), match!.IsApproximate);
    }

    [Theory]
    [InlineData("Sehr geehrte Damen und Herren, ich habe eine Frage zur Förderung.")]
    [InlineData("Können Sie mir die Liste senden?")]
    [InlineData("An wen kann ich mich wenden?")]
    [InlineData("Die Lage ist schwierig, und das Wetter auch.")]
    [InlineData("Wir treffen uns in der Halle.")]
    [InlineData("Was passiert mit den Geldern aus dem Landesprogramm?")]
    [InlineData("Bewerbungen für die Stelle")]
    [InlineData("Das ist die schwerste Aufgabe.")]
    [InlineData("Was ist mit der EU-Förderung und MS Teams?")]
    [InlineData("Bedarfserhebung HF Schule, der OB hat zugestimmt.")]
    [InlineData("Wir müssen Netzwerke bilden und Partner finden.")]
    public void Ordinary_sentences_name_no_place(string text)
    {
        Assert.Null(Finder.Recognize(text));
    }

    [Theory]
    [InlineData("in Essen", "Essen")]
    [InlineData("Wer ist in Senden zuständig?", "Senden")]
    [InlineData("Kontakt Stadt Lage", "Lage")]
    [InlineData("Halle", "Halle (Westf.)")]
    public void Place_names_that_are_everyday_words_count_where_a_place_is_expected(string text, string name)
    {
        Assert.Equal(name, Finder.Recognize(text)?.Place?.Name);
    }

    [Theory]
    [InlineData("Ansprechpartner in Gladbach", "kreisfreie-stadt:Mönchengladbach", "gemeinde:Bergisch Gladbach")]
    [InlineData("Kontakt Sauerland", "kreis:Hochsauerlandkreis", "kreis:Märkischer Kreis", "kreis:Kreis Olpe")]
    [InlineData("Vernetzung im Bergischen Städtedreieck", "kreisfreie-stadt:Wuppertal", "kreisfreie-stadt:Solingen", "kreisfreie-stadt:Remscheid")]
    public void Truly_ambiguous_names_return_all_candidates(string text, params string[] ids)
    {
        var match = Finder.Recognize(text);
        Assert.True(match?.IsAmbiguous);
        Assert.Equal(ids.Order(), match!.Candidates.Select(place => place.Id).Order());
    }

    [Theory]
    [InlineData("Kontaktliste Regierungsbezirk Detmold", "Detmold")]
    [InlineData("Liste für den RB Köln", "Köln")]
    [InlineData("alle Büros in OWL", "Detmold")]
    public void Recognizes_regierungsbezirke_only_when_named_as_such(string text, string bezirk)
    {
        var place = Finder.Recognize(text)?.Place;
        Assert.Equal(PlaceKind.Regierungsbezirk, place?.Kind);
        Assert.Equal(bezirk, place!.Regierungsbezirk);
        Assert.Equal(PlaceKind.Gemeinde, Finder.Recognize("in Detmold")?.Place?.Kind);
    }

    [Fact]
    public void Resolve_takes_codes_in_any_case_but_free_text_only_in_capitals()
    {
        Assert.Equal("Märkischer Kreis", Finder.Resolve("mk")?.Place?.Name);
        Assert.Null(Finder.Recognize("das mk nicht"));
        Assert.Equal("Kreis Euskirchen", Finder.Resolve("EU")?.Place?.Name);
        Assert.Null(Finder.Recognize("EU Mittel"));
    }

    [Fact]
    public void Unknown_places_resolve_to_nothing()
    {
        Assert.Null(Finder.Resolve("Berlin"));
        Assert.Null(Finder.Recognize("Kontakt in Hannover"));
    }
}
