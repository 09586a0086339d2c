using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Host.Digest;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Digest;

/// <summary>`digest --from … --to … --format …` over the bot's database, as the lead wires it into the command line.</summary>
public sealed class DigestCommandLineTests
{
    private static async Task<(int Code, string Out, string Error)> RunAsync(TestDatabase database, params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = await DigestCommandLine.RunAsync(args, stdout, stderr, database.Apply,
            services => services.AddSingleton<IDigestRequestFacts, FixtureRequestFacts>());
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task November_as_markdown_json_and_csv_has_the_months_requests_and_logged_questions()
    {
        using var database = TestDatabase.Sqlite();
        await using (var bot = await BotTestHost.StartAsync(database: database.KeepAlive()))
        {
            var log = bot.Services.GetRequiredService<IQuestionLog>();
            await log.RecordAsync(new QuestionLogEntry("k", "Gibt es einen E-Mail-Verteiler für alle Fachkräfte?", null, KnowledgeDecision.None, 0.1,
                new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero)), CancellationToken.None);
        }

        var markdown = await RunAsync(database, "--from", "2026-11-01", "--to", "2026-11-30", "--format", "md");
        var json = await RunAsync(database, "--from", "2026-11-01", "--to", "2026-11-30", "--format", "json");
        var csv = await RunAsync(database, "--from", "2026-11-01", "--to", "2026-11-30", "--format", "csv");

        Assert.Equal((0, 0, 0), (markdown.Code, json.Code, csv.Code));
        Assert.StartsWith("# NrwBot-Digest 01.11.–30.11.2026", markdown.Out);
        Assert.Contains("1× „Gibt es einen E-Mail-Verteiler für alle Fachkräfte?“", markdown.Out);
        using var document = JsonDocument.Parse(json.Out);
        Assert.Equal(10, document.RootElement.GetProperty("newRequests").GetProperty("total").GetInt32());
        Assert.Equal(11, csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Html_is_one_document_with_the_chart_inside()
    {
        using var database = TestDatabase.Sqlite();

        var html = await RunAsync(database, "--from", "2026-11-16", "--to", "2026-11-22", "--format", "html", "--region", "Kreis Düren");

        Assert.Equal(0, html.Code);
        Assert.StartsWith("<!DOCTYPE html>", html.Out);
        Assert.Contains("<img src=\"data:image/png;base64,", html.Out);
        Assert.Contains("Anfragen nur aus Kreis Düren", html.Out);
    }

    [Theory]
    [InlineData("--from", "2026-11-01")]
    [InlineData("--from", "1.11.2026", "--to", "2026-11-30")]
    [InlineData("--from", "2026-11-30", "--to", "2026-11-01")]
    [InlineData("--format", "pdf")]
    [InlineData("--region", "Atlantis")]
    [InlineData("--verbose")]
    public async Task Wrong_arguments_give_the_usage_on_standard_error_and_exit_code_2(params string[] args)
    {
        using var database = TestDatabase.Sqlite();

        var result = await RunAsync(database, args);

        Assert.Equal(2, result.Code);
        Assert.Equal("", result.Out);
        TextAssert.Contains(DigestTexts.Usage, result.Error);
    }
}
