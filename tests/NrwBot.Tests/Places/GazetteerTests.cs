using NrwBot.Dialogs.Content;
using NrwBot.Dialogs.Language;
using NrwBot.Dialogs.Places;

namespace NrwBot.Tests.Places;

public class GazetteerTests
{
    private static RegionCatalog Catalog => TestPlaces.Catalog;

    [Fact]
    public void Nrw_has_31_kreise_22_kreisfreie_staedte_and_5_regierungsbezirke()
    {
        Assert.Equal(31, Catalog.Regions.Count(region => region.Kind == RegionKind.Kreis));
        Assert.Equal(22, Catalog.Regions.Count(region => region.Kind == RegionKind.KreisfreieStadt));
        Assert.Equal(["Arnsberg", "Detmold", "Düsseldorf", "Köln", "Münster"], Catalog.Regierungsbezirke);
    }

    [Fact]
    public void Nrw_has_396_gemeinden_each_listed_once()
    {
        var gemeinden = Catalog.Regions.SelectMany(region => region.Gemeinden).ToList();
        Assert.Equal(396, gemeinden.Count);
        Assert.Equal(396, gemeinden.Distinct().Count());
        Assert.Equal(374, Catalog.Regions.Where(region => region.Kind == RegionKind.Kreis).Sum(region => region.Gemeinden.Count));
    }

    [Theory]
    [InlineData("Arnsberg", 7, 5)]
    [InlineData("Detmold", 6, 1)]
    [InlineData("Düsseldorf", 5, 10)]
    [InlineData("Köln", 8, 3)]
    [InlineData("Münster", 5, 3)]
    public void Each_regierungsbezirk_has_its_kreise_and_staedte(string bezirk, int kreise, int staedte)
    {
        var regions = Catalog.Regions.Where(region => region.Regierungsbezirk == bezirk).ToList();
        Assert.Equal(kreise, regions.Count(region => region.Kind == RegionKind.Kreis));
        Assert.Equal(staedte, regions.Count(region => region.Kind == RegionKind.KreisfreieStadt));
    }

    [Fact]
    public void Every_gemeinde_resolves_to_exactly_its_own_kreis_or_stadt()
    {
        var wrong = new List<string>();
        foreach (var region in Catalog.Regions)
        {
            foreach (var gemeinde in region.Gemeinden)
            {
                var match = TestPlaces.Finder.Resolve(gemeinde);
                if (match?.Place is not { } place || place.Region != region || place.Name != gemeinde || match.IsApproximate)
                    wrong.Add($"{gemeinde} → {string.Join(", ", match?.Candidates.Select(candidate => candidate.Id) ?? [])}");
                if (Catalog.Find(gemeinde) is not [var found] || found != region) wrong.Add($"Find({gemeinde})");
            }
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public void Every_gemeinde_resolves_when_typed_without_umlauts_or_in_lower_case()
    {
        var wrong = Catalog.Regions
            .SelectMany(region => region.Gemeinden.Select(gemeinde => (region, gemeinde)))
            .SelectMany(pair => new[] { GermanText.WithoutUmlauts(pair.gemeinde), pair.gemeinde.ToLowerInvariant(), GermanText.FoldText(pair.gemeinde) }
                .Where(variant => TestPlaces.Finder.Resolve(variant)?.Place?.Region != pair.region)
                .Select(variant => $"{variant} ({pair.region.Name})"))
            .ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void Kreisfreie_staedte_are_their_own_only_gemeinde()
    {
        foreach (var stadt in Catalog.Regions.Where(region => region.Kind == RegionKind.KreisfreieStadt))
        {
            Assert.Equal([stadt.Name], stadt.Gemeinden);
            var place = TestPlaces.Finder.Resolve(stadt.Name)?.Place;
            Assert.Equal(PlaceKind.KreisfreieStadt, place?.Kind);
        }
    }

    [Fact]
    public void Every_region_and_registration_code_resolves_to_its_region()
    {
        foreach (var region in Catalog.Regions)
        {
            Assert.Equal(region, TestPlaces.Finder.Resolve(region.Name)?.Place?.Region);
            foreach (var code in region.Codes) Assert.Equal(region, TestPlaces.Finder.Resolve(code)?.Place?.Region);
            foreach (var alias in region.Aliases.Where(alias => alias != "Gladbach"))
                Assert.True(TestPlaces.Finder.Resolve(alias)?.Place?.Region == region, alias);
        }
    }

    [Fact]
    public void Town_names_that_are_also_kreis_names_mean_the_town()
    {
        var sameName = Catalog.Regions.Where(region => region.Kind == RegionKind.Kreis && region.Name.StartsWith("Kreis ", StringComparison.Ordinal))
            .Where(region => region.Gemeinden.Contains(region.Name["Kreis ".Length..]))
            .ToList();
        Assert.Equal(19, sameName.Count);
        foreach (var kreis in sameName)
        {
            var town = kreis.Name["Kreis ".Length..];
            var place = TestPlaces.Finder.Resolve(town)?.Place;
            Assert.Equal(new Place(town, PlaceKind.Gemeinde, kreis, kreis.Regierungsbezirk), place);
            Assert.Equal(PlaceKind.Kreis, TestPlaces.Finder.Resolve(kreis.Name)?.Place?.Kind);
        }
    }

    [Theory]
    [InlineData("Kreis Paderborn", "Kreis Paderborn")]
    [InlineData("stadt lübbecke", "Kreis Minden-Lübbecke")]
    [InlineData("Dueren", "Kreis Düren")]
    [InlineData("MK", "Märkischer Kreis")]
    public void Find_takes_exact_names_with_kind_words_codes_and_umlaut_spellings(string name, string region)
    {
        Assert.Equal(region, Assert.Single(Catalog.Find(name)).Name);
    }

    [Theory]
    [InlineData("Bewerbungen")]
    [InlineData("Gelsenkirchn")]
    [InlineData("Treffen in Lübbecke")]
    public void Find_never_guesses_typos_or_searches_inside_a_phrase(string phrase)
    {
        Assert.Empty(Catalog.Find(phrase));
    }

    [Fact]
    public void Find_returns_every_region_of_a_landscape_or_regierungsbezirk()
    {
        Assert.Equal(3, Catalog.Find("Sauerland").Count);
        Assert.Equal(7, Catalog.Find("Regierungsbezirk Arnsberg").Count(region => region.Kind == RegionKind.Kreis));
    }

    [Fact]
    public void Loading_refuses_a_gemeinde_under_two_kreise()
    {
        var text = File.ReadAllText(TestPlaces.FilePath).Replace("\"Bedburg-Hau\",", "\"Bedburg-Hau\", \"Moers\",");
        var path = Path.Combine(Path.GetTempPath(), $"places-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        try
        {
            var error = Assert.Throws<ContentException>(() => RegionCatalog.Load(path));
            Assert.Contains("„Moers“", error.Message);
        }
        finally { File.Delete(path); }
    }
}
