using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Knowledge.Store;
using NrwBot.Host.Data;
using NrwBot.Host.Hosting;

namespace NrwBot.Host.Knowledge;

/// <summary>
/// What `ask` and `eval` answer from: the published state of the configured database, as the bot answers — with the
/// phrasings and articles the LKS taught in Teams — when that database exists and holds knowledge; otherwise (a fresh
/// clone, `--folder`) the Markdown folder. Says on standard error which one, so `--json` output stays clean.
/// </summary>
public static class PublishedKnowledgeReader
{
    public static async Task<KnowledgeLoadResult> ReadAsync(string folder, TextWriter? stderr, Action<WebApplicationBuilder>? configure = null,
        CancellationToken cancellationToken = default)
    {
        try
        {
            var published = await ReadPublishedAsync(configure, cancellationToken);
            if (published is { Articles.Count: > 0 })
            {
                stderr?.WriteLine(KnowledgeStoreTexts.CommandFromDatabase.Format(published.Revision, published.Articles.Count));
                var (synonyms, issues) = KnowledgeLoader.LoadSynonyms(folder);
                foreach (var issue in issues) stderr?.WriteLine(issue);
                return KnowledgeLoader.FromArticles(published.Articles, synonyms);
            }
        }
        catch (Exception error) when (error is KnowledgeStoreException or InvalidOperationException or System.Data.Common.DbException)
        {
            stderr?.WriteLine(KnowledgeStoreTexts.CommandDatabaseUnreadable.Format(error.GetType().Name));
        }
        stderr?.WriteLine(KnowledgeStoreTexts.CommandFromFolder.Format(folder));
        return KnowledgeLoader.Load(folder);
    }

    // The bot's own wiring, nothing started; an SQLite file that does not exist yet is not created.
    private static async Task<PublishedKnowledge?> ReadPublishedAsync(Action<WebApplicationBuilder>? configure, CancellationToken cancellationToken)
    {
        await using var app = NrwBotApp.Build([], builder =>
        {
            builder.Logging.ClearProviders();
            builder.Configuration["Logging:LogLevel:Default"] = "None";
            configure?.Invoke(builder);
        }, new WebApplicationOptions { ContentRootPath = ContentPaths.Root() });
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite() && !File.Exists(db.Database.GetDbConnection().DataSource)) return null;
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any()) return null;
        return await app.Services.GetRequiredService<IKnowledgeStore>().PublishedAsync(cancellationToken);
    }
}
