using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Knowledge.Store;
using NrwBot.Host.Knowledge;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Knowledge.Store;

/// <summary>
/// `ask` and `eval` answer as the bot does: from the published state of the bot's database, with what the LKS taught
/// in Teams; `--folder` (or a database that does not exist yet) answers from the Markdown files.
/// </summary>
public sealed class CommandLineReadsTheDatabaseTests
{
    private const string Taught = "Wie kommt das bewilligte Geld aufs Konto?";

    [Fact]
    public async Task Ask_answers_a_phrasing_taught_in_the_database_and_with_folder_from_the_files()
    {
        using var database = TestDatabase.Sqlite();
        var folder = Path.Combine(AppContext.BaseDirectory, "content", "knowledge");
        await using (var host = await BotTestHost.StartAsync(database: database))
        {
            var mittelabruf = host.Services.GetRequiredService<KnowledgeService>().Find("mittelabruf")!;
            await host.Services.GetRequiredService<IKnowledgeStore>().ImportAsync([mittelabruf with { Questions = [.. mittelabruf.Questions, Taught] }],
                new ArticleChange("test", host.Clock.GetUtcNow()), CancellationToken.None);
        }
        var options = new KnowledgeOptions();

        var (fromDatabase, databaseNote) = await AskAsync(new KnowledgeCommandLine(folder, options, TimeProvider.System,
            (stderr, cancellationToken) => PublishedKnowledgeReader.ReadAsync(folder, stderr, database.Apply, cancellationToken)));
        var (fromFiles, _) = await AskAsync(new KnowledgeCommandLine(folder, options, TimeProvider.System));
        using var missing = TestDatabase.Sqlite();
        File.Delete(missing.ConnectionString.Split(';')[0]["Data Source=".Length..]);
        var (_, missingNote) = await AskAsync(new KnowledgeCommandLine(folder, options, TimeProvider.System,
            (stderr, cancellationToken) => PublishedKnowledgeReader.ReadAsync(folder, stderr, missing.Apply, cancellationToken)));

        Assert.Contains("\"decision\":\"answer\"", fromDatabase);
        Assert.Contains("\"id\":\"mittelabruf\"", fromDatabase);
        Assert.Contains("aus der Datenbank", databaseNote);
        Assert.DoesNotContain("\"decision\":\"answer\"", fromFiles);
        Assert.Contains(KnowledgeStoreTexts.CommandFromFolder.Format(folder), missingNote);
    }

    private static async Task<(string Stdout, string Stderr)> AskAsync(KnowledgeCommandLine commandLine)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(0, await commandLine.AskAsync([Taught, "--json"], stdout, stderr));
        return (stdout.ToString(), stderr.ToString());
    }
}
