using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.Language;

namespace NrwBot.Tests.Language;

public class PlaceRecognitionTests
{
    private static readonly RegionCatalog Catalog = RegionCatalog.Load(TestFiles.Content("places", "nrw-places.json"));
    private static readonly PlaceRecognizer Recognizer = new(Catalog);

    private static IReadOnlyList<PlaceMention> Places(string text) => Recognizer.Recognize(text, PiiRecognizer.Recognize(text));

    [Fact]
    public void Regions_are_found_by_name_with_kind_words_and_hyphens()
    {
        const string text = "Austausch zwischen dem Rhein-Erft-Kreis, der Städteregion Aachen, Kreis Düren und der Stadt Wuppertal";

        var places = Places(text);

        Assert.Equal(["Rhein-Erft-Kreis", "Städteregion Aachen", "Kreis Düren", "Wuppertal"], places.Select(place => place.Region));
        Assert.Equal(["Rhein-Erft-Kreis", "Städteregion Aachen", "Kreis Düren", "Stadt Wuppertal"], places.Select(place => place.Text));
        Assert.All(places, place => Assert.Equal(place.Text, text.Substring(place.Offset, place.Length)));
    }

    [Fact]
    public void Longest_name_wins()
    {
        var place = Assert.Single(Places("Der Runde Tisch in Mülheim an der Ruhr tagt vierteljährlich."));

        Assert.Equal("Mülheim an der Ruhr", place.Region);
    }

    [Fact]
    public void Place_inside_a_compound_with_hyphen_is_found()
    {
        var place = Assert.Single(Places("Kompetenzpool bilden (Bsp.: Dortmund-Experten)"));

        Assert.Equal("Dortmund", place.Region);
    }

    [Fact]
    public void Registration_codes_and_abbreviations_are_not_places()
    {
        Assert.Empty(Places("Bedarfserhebung HF Schule, Klärung DL – NRWeltoffen, Regionale Vernetzung der MA, E und D"));
        Assert.Empty(Places("Der Bot antwortet nicht, Lev ist neu im Team."));
    }

    [Fact]
    public void A_name_standing_for_several_regions_is_one_mention_without_a_single_region()
    {
        var directory = new GemeindeDirectory(
            new Region("Kreis Borken", RegionKind.Kreis, "Münster") { Gemeinden = ["Münsterland"] },
            new Region("Kreis Coesfeld", RegionKind.Kreis, "Münster") { Gemeinden = ["Münsterland"] });

        var place = Assert.Single(new PlaceRecognizer(directory).Recognize("Regionaltreffen im Münsterland", []));

        Assert.Equal(["Kreis Borken", "Kreis Coesfeld"], place.Regions);
        Assert.Null(place.Region);
        Assert.Null(place.Gemeinde);
    }

    [Fact]
    public void Common_words_that_are_also_place_names_are_not_places()
    {
        Assert.Empty(Places("Das Essen bei der Konferenz war gut."));
    }

    [Fact]
    public void Places_inside_personal_data_are_not_reported()
    {
        var places = Places("Bitte an Musterstraße 12, 52349 Düren schicken, es geht um Köln.");

        Assert.Equal(["Köln"], places.Select(place => place.Region));
    }

    [Fact]
    public void A_gemeinde_resolves_to_its_region_and_is_named()
    {
        var directory = new GemeindeDirectory(new Region("Kreis Düren", RegionKind.Kreis, "Köln") { Gemeinden = ["Langerwehe", "Kreuzau"] });

        var place = Assert.Single(new PlaceRecognizer(directory).Recognize("Treffen in Langerwehe am Montag", []));

        Assert.Equal(("Kreis Düren", "Langerwehe"), (place.Region, place.Gemeinde));
    }

    [Theory]
    [InlineData("Die Lage ist schwierig.", 0)]
    [InlineData("Lage und Ziele klären wir später.", 0)]
    [InlineData("Senden Sie uns bitte das Formular.", 0)]
    [InlineData("Wir treffen uns in Lage.", 1)]
    public void Gemeinden_named_like_everyday_words_need_a_place_preposition(string text, int expected)
    {
        var directory = new GemeindeDirectory(
            new Region("Kreis Lippe", RegionKind.Kreis, "Detmold") { Gemeinden = ["Lage", "Lemgo"] },
            new Region("Kreis Coesfeld", RegionKind.Kreis, "Münster") { Gemeinden = ["Senden"] });

        Assert.Equal(expected, new PlaceRecognizer(directory).Recognize(text, []).Count);
    }

    /// <summary>Regions found by name or Gemeinde, as the contacts feature's directory will do.</summary>
    private sealed class GemeindeDirectory(params Region[] regions) : IRegionDirectory
    {
        public IReadOnlyList<Region> Regions => regions;

        public IReadOnlyList<Region> Find(string name) => regions
            .Where(region => region.Name.Equals(name, StringComparison.OrdinalIgnoreCase)
                          || region.Gemeinden.Any(gemeinde => gemeinde.Equals(name, StringComparison.OrdinalIgnoreCase)))
            .ToList();

        public Region? ByName(string name) => regions.FirstOrDefault(region => region.Name == name);
    }
}
