using System.Text.Json;
using Microsoft.Extensions.Configuration;
using NrwBot.Host.Language;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Language;

public class ClassifyCommandLineTests
{
    private static readonly IConfiguration Offline = new ConfigurationBuilder().Build();

    private static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await ClassifyCommandLine.RunAsync(args, stdout, Offline, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Json_output_is_exactly_one_object_with_the_documented_keys()
    {
        var (exit, output, _) = await RunAsync("classify", "Frau Müller aus dem Kreis Düren sucht eine Fortbildung zu Antisemitismus, Tel. 02421 22-1234", "--json");

        Assert.Equal(0, exit);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["category", "confidence", "language", "pii", "keyPhrases", "places"], root.EnumerateObject().Select(property => property.Name));
        Assert.Equal("fortbildung-coaching", root.GetProperty("category").GetString());
        Assert.InRange(root.GetProperty("confidence").GetDouble(), 0.01, 1);
        Assert.Equal("de", root.GetProperty("language").GetString());
        Assert.Equal(["Person", "Phone"], root.GetProperty("pii").EnumerateArray().Select(entity => entity.GetProperty("category").GetString()));
        Assert.Contains("Fortbildung", root.GetProperty("keyPhrases").EnumerateArray().Select(phrase => phrase.GetString()));
        Assert.Equal("Kreis Düren", root.GetProperty("places")[0].GetProperty("region").GetString());
    }

    [Fact]
    public async Task Without_json_the_result_is_readable_german()
    {
        var (exit, output, _) = await RunAsync("classify", "Wir brauchen Hilfe beim Verwendungsnachweis");

        Assert.Equal(0, exit);
        Assert.Contains("Kategorie: Richtlinien, Förderung & Formulare (richtlinien-foerderung)", output);
        Assert.Contains("Sprache: de", output);
    }

    [Theory]
    [InlineData("classify", "--json")]
    [InlineData("classify", "Text", "--yaml")]
    public async Task Usage_errors_go_to_standard_error_only(params string[] args)
    {
        var (exit, output, error) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        TextAssert.Contains(ClassifyTexts.Usage, error);
    }
}
