using System.Text.Json;
using NrwBot.Dialogs.Places;

namespace NrwBot.Tests.Places;

public class PlaceCommandLineTests
{
    private static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var code = await PlaceCommandLine.RunAsync(args, output, placesFile: TestPlaces.FilePath);
        return (code, output.ToString());
    }

    [Fact]
    public async Task Json_prints_exactly_one_object_for_a_gemeinde()
    {
        var (code, output) = await RunAsync("place", "Lübbecke", "--json");

        Assert.Equal(PlaceCommandLine.Found, code);
        Assert.Equal("{\"name\":\"Lübbecke\",\"kind\":\"gemeinde\",\"kreis\":\"Kreis Minden-Lübbecke\",\"regierungsbezirk\":\"Detmold\"}", output.Trim());
        Assert.Single(output.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("Kreis Düren", "kreis", "Kreis Düren", "Köln")]
    [InlineData("Dortmund", "kreisfreie-stadt", "Dortmund", "Arnsberg")]
    [InlineData("Regierungsbezirk Münster", "regierungsbezirk", null, "Münster")]
    public async Task Json_names_kind_kreis_and_regierungsbezirk(string query, string kind, string? kreis, string bezirk)
    {
        var (_, output) = await RunAsync(query, "--json");
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(kind, root.GetProperty("kind").GetString());
        Assert.Equal(kreis, root.GetProperty("kreis").GetString());
        Assert.Equal(bezirk, root.GetProperty("regierungsbezirk").GetString());
    }

    [Fact]
    public async Task Json_lists_the_candidates_of_an_ambiguous_name()
    {
        var (code, output) = await RunAsync("Gladbach", "--json");

        Assert.Equal(PlaceCommandLine.Ambiguous, code);
        var candidates = JsonDocument.Parse(output).RootElement.GetProperty("candidates").EnumerateArray()
            .Select(candidate => candidate.GetProperty("name").GetString()).Order().ToList();
        Assert.Equal(["Bergisch Gladbach", "Mönchengladbach"], candidates);
    }

    [Fact]
    public async Task Json_has_no_candidates_for_an_unknown_name()
    {
        var (code, output) = await RunAsync("Hannover", "--json");

        Assert.Equal(PlaceCommandLine.NotFound, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("Hannover", root.GetProperty("query").GetString());
        Assert.Empty(root.GetProperty("candidates").EnumerateArray());
    }

    [Fact]
    public async Task Text_output_describes_the_place_in_german()
    {
        var (_, output) = await RunAsync("Lübbecke");
        Assert.Equal("Lübbecke: Gemeinde im Kreis Minden-Lübbecke (Regierungsbezirk Detmold)", output.Trim());
    }

    [Fact]
    public async Task Missing_name_is_a_usage_error_on_standard_error_only()
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = await PlaceCommandLine.RunAsync(["place", "--json"], output, errors, TestPlaces.FilePath);

        Assert.Equal(PlaceCommandLine.UsageError, code);
        Assert.Empty(output.ToString());
        Assert.Contains(PlaceTexts.Usage.German, errors.ToString());
    }

    [Theory]
    [InlineData("Märkischer Kreis", "im Märkischen Kreis")]
    [InlineData("Städteregion Aachen", "in der Städteregion Aachen")]
    [InlineData("Hamm", "in Hamm")]
    [InlineData("Rhein-Erft-Kreis", "im Rhein-Erft-Kreis")]
    public void Regions_take_the_right_preposition(string region, string expected)
    {
        Assert.Equal(expected, PlaceTexts.In(TestPlaces.Catalog.ByName(region)!));
    }
}
