using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NrwBot.Host.Data;
using NrwBot.Host.NetworkResults;
using NrwBot.Tests.Language;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.NetworkResults;

/// <summary>`results import FILE [--dry-run] [--json]` over the bot's own services and a real SQLite database.</summary>
public sealed class ResultsCommandLineTests
{
    private static readonly string Seed = TestFiles.Data("workshop-results-nrweltoffen.txt");

    private static async Task<(int Code, string Out, string Error)> RunAsync(TestDatabase database, params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = await ResultsCommandLine.RunAsync(args, stdout, stderr, database.Apply);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Dry_run_prints_one_json_object_and_stores_nothing_then_import_stores_once()
    {
        using var database = TestDatabase.Sqlite();

        var dry = await RunAsync(database, "import", Seed, "--dry-run", "--json");
        using (var json = JsonDocument.Parse(dry.Out))
        {
            Assert.Equal(0, dry.Code);
            Assert.Equal("2007-07-12", json.RootElement.GetProperty("date").GetString());
            Assert.Equal(3, json.RootElement.GetProperty("groups").GetArrayLength());
        }
        var first = await RunAsync(database, "import", Seed);
        var second = await RunAsync(database, "import", Seed);

        Assert.Equal((0, 0), (first.Code, second.Code));
        Assert.Contains("165 Punkte", first.Out);
        TextAssert.Contains(NrwBot.Dialogs.Results.ResultsTexts.Stored, first.Error);
        TextAssert.Contains(NrwBot.Dialogs.Results.ResultsTexts.AlreadyStored, second.Error);
        await using var db = new SqliteNrwBotDbContext(new DbContextOptionsBuilder<SqliteNrwBotDbContext>().UseSqlite(database.ConnectionString).Options);
        Assert.Equal(1, await db.Set<MeetingRecord>().CountAsync());
        Assert.Equal(165, await db.Set<ResultItemRecord>().CountAsync());
        Assert.Equal(21, await db.Set<ResultItemRecord>().CountAsync(item => item.SupportNeedCategory != null));
    }

    [Fact]
    public async Task Broken_file_is_reported_with_lines_and_nothing_is_stored()
    {
        using var database = TestDatabase.Sqlite();
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, "Treffen\n12. Juli 2007 in Düsseldorf\nAG I\n1. Frage\n- Punkt\n3. Frage\n- Punkt\n");
        try
        {
            var result = await RunAsync(database, "import", path, "--json");

            Assert.Equal(1, result.Code);
            Assert.Equal(6, JsonDocument.Parse(result.Out).RootElement.GetProperty("problems")[0].GetProperty("line").GetInt32());
            Assert.Contains("Zeile 6", result.Error);
            TextAssert.Contains(NrwBot.Dialogs.Results.ResultsTexts.NothingImported, result.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
