using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Knowledge.Store;
using NrwBot.Host.Knowledge;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Knowledge.Store;

/// <summary>Helpers for the knowledge base in the database: the providers, publishing a changed article, running `kb …`.</summary>
internal static class KnowledgeStoreHost
{
    public static TheoryData<string> Providers => new() { "sqlite", "postgresql" };

    public static TestDatabase Database(string provider)
    {
        Skip.If(provider == "postgresql" && TestDatabase.PostgresServer is null,
            $"No PostgreSQL server: set {TestDatabase.PostgresVariable} (bash .ci/run starts one and sets it).");
        return TestDatabase.Create(provider);
    }

    /// <summary>Publishes a new version of a seeded article with <paramref name="marker"/> as its first paragraph (as `kb import` of an edited file would).</summary>
    public static async Task<KnowledgeArticle> PublishChangedAsync(IServiceProvider services, string id, string marker, string changedBy = "Anna Schmidt")
    {
        var store = services.GetRequiredService<IKnowledgeStore>();
        var current = (await store.PublishedAsync(CancellationToken.None)).Articles.Single(article => article.Id == id);
        var changed = current with { Body = marker + "\n\n" + current.Body };
        var result = await store.ImportAsync([changed], new ArticleChange(changedBy, DateTimeOffset.UtcNow), CancellationToken.None);
        Assert.Equal([id], result.Changed);
        return changed;
    }

    /// <summary>Runs `kb ARGS` in-process on the test database; returns the exit code and both outputs.</summary>
    public static async Task<(int Code, string Out, string Error)> KbAsync(TestDatabase database, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await KnowledgeStoreCommand.RunAsync(args, stdout, stderr, database.Apply);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static string CopyOfSeed(TempContentFolder folder)
    {
        foreach (var file in Directory.GetFiles(KnowledgeFixtures.ContentFolder, "*.md"))
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        return folder.Path;
    }
}
