using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Analysis;
using NrwBot.Dialogs.Digest;
using NrwBot.Host.Analysis;
using NrwBot.Host.Digest;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Analysis;

/// <summary>`analysis --region …` and `digest --region …` give the numbers the chat shows, on the generated requests.</summary>
public sealed class AnalysisCommandLineTests
{
    private static void Generated(IServiceCollection services) => services.AddSingleton<IDigestRequestFacts, GeneratedRequests>();

    private static async Task<(int Code, string Out, string Error)> AnalysisAsync(TestDatabase database, params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = await AnalysisCommandLine.RunAsync(args, stdout, stderr, database.Apply, Generated);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static async Task<(int Code, string Out, string Error)> DigestAsync(TestDatabase database, params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = await DigestCommandLine.RunAsync(args, stdout, stderr, database.Apply, Generated);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Json_csv_and_markdown_hold_the_numbers_the_chat_shows()
    {
        using var database = TestDatabase.Sqlite();
        string chat;
        await using (var host = await BotTestHost.StartAsync(builder => builder.Configuration["Lks:Members:0"] = BotTestHost.UserAadId,
            database.KeepAlive(), Generated))
            chat = string.Join("\n", (await host.TurnAsync(host.Channel(), "Regionale Analyse Regierungsbezirk Detmold")).Select(ActivityAssert.VisibleText));

        var json = await AnalysisAsync(database, "--region", "Regierungsbezirk Detmold", "--from", "2025-11-24", "--to", "2026-11-23", "--format", "json");
        var csv = await AnalysisAsync(database, "--region", "Regierungsbezirk Detmold", "--from", "2025-11-24", "--to", "2026-11-23", "--format", "csv");
        var markdown = await AnalysisAsync(database, "--region", "Regierungsbezirk Detmold", "--from", "2025-11-24", "--to", "2026-11-23");

        Assert.Equal((0, 0, 0), (json.Code, csv.Code, markdown.Code));
        using var document = JsonDocument.Parse(json.Out);
        var requests = document.RootElement.GetProperty("figures").EnumerateArray().Single(figure => figure.GetProperty("figure").GetString() == "supportRequests");
        var rows = requests.GetProperty("categories").EnumerateArray()
            .Select(row => (Category: row.GetProperty("category").GetString()!, Region: row.GetProperty("region"), Nrw: row.GetProperty("nrw").GetInt32())).ToList();
        Assert.Equal(3, rows.Count);
        foreach (var (category, region, nrw) in rows)
        {
            var shown = region.ValueKind == JsonValueKind.Null ? AnalysisTexts.BelowThreshold.German : region.GetInt32().ToString();
            Assert.Contains(AnalysisTexts.Row.Format(category, shown, nrw), chat);
            Assert.Contains(AnalysisTexts.Row.Format(category, shown, nrw), markdown.Out);
            Assert.Contains($"Regierungsbezirk Detmold;2025-11-24;2026-11-23;supportRequests;{category};{shown};{nrw}", csv.Out);
        }
        Assert.Equal((10, 40), (requests.GetProperty("regionTotal").GetInt32(), requests.GetProperty("nrwTotal").GetInt32()));
        Assert.True(rows.Single(row => row.Category == GeneratedRequests.Beratung).Region.ValueKind == JsonValueKind.Null);
        Assert.Equal(4, document.RootElement.GetProperty("activeOffices").GetProperty("region").GetInt32());
        Assert.Contains(document.RootElement.GetProperty("differences").EnumerateArray(), sentence => chat.Contains(sentence.GetString()!));
    }

    [Fact]
    public async Task Digest_with_a_region_carries_the_same_figures_as_the_analysis_of_that_region()
    {
        using var database = TestDatabase.Sqlite();

        var digest = await DigestAsync(database, "--region", "Kreis Lippe", "--from", "2026-09-28", "--to", "2026-10-04", "--format", "json");
        var analysis = await AnalysisAsync(database, "--region", "Kreis Lippe", "--from", "2026-09-28", "--to", "2026-10-04", "--format", "json");
        var markdown = await DigestAsync(database, "--from", "2026-09-28", "--to", "2026-10-04", "--format", "md");

        Assert.Equal((0, 0, 0), (digest.Code, analysis.Code, markdown.Code));
        using var digestJson = JsonDocument.Parse(digest.Out);
        using var analysisJson = JsonDocument.Parse(analysis.Out);
        var regional = Assert.Single(digestJson.RootElement.GetProperty("regional").EnumerateArray());
        Assert.Equal(analysisJson.RootElement.GetRawText().Replace(" ", "").Replace("\n", "").Replace("\r", ""),
            regional.GetRawText().Replace(" ", "").Replace("\n", "").Replace("\r", ""));
        Assert.Contains(AnalysisTexts.DigestAreaLine.Format("Regierungsbezirk Detmold", 10, 40, 0, 0, 0, 4, 7), markdown.Out);
        Assert.Contains(AnalysisTexts.DigestAreaLine.Format("Regierungsbezirk Köln", 6, 40, 0, 0, 0, "< 3", 11), markdown.Out);
    }

    [Theory]
    [InlineData("--from", "2026-01-01", "--to", "2026-02-01")]
    [InlineData("--region", "Atlantis")]
    [InlineData("--region", "Köln", "--from", "2026-01-01")]
    [InlineData("--region", "Köln", "--format", "xml")]
    public async Task Wrong_arguments_give_the_usage_and_exit_code_2(params string[] args)
    {
        using var database = TestDatabase.Sqlite();

        var run = await AnalysisAsync(database, args);

        Assert.Equal(2, run.Code);
        TextAssert.Contains(AnalysisTexts.Usage, run.Error);
        Assert.Equal("", run.Out);
    }
}
