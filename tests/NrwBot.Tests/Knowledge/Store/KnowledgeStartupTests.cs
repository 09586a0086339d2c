using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Knowledge.Store;
using NrwBot.Host.Data;
using NrwBot.Host.Hosting;
using NrwBot.Host.Knowledge;
using NrwBot.Tests.Infrastructure;
using static NrwBot.Tests.Knowledge.Store.KnowledgeStoreHost;

namespace NrwBot.Tests.Knowledge.Store;

/// <summary>The first start: the knowledge base waits for the migrations, seeds an empty database once, and serves what it seeded.</summary>
public sealed class KnowledgeStartupTests
{
    [SkippableTheory, MemberData(nameof(Providers), MemberType = typeof(KnowledgeStoreHost))]
    public async Task The_knowledge_base_waits_for_the_migrations_then_seeds_the_empty_database_and_serves_it(string provider)
    {
        using var database = Database(provider);
        await using var app = NrwBotApp.Build([], database.Apply,
            new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory });
        var hosted = app.Services.GetServices<IHostedService>().ToList();

        var knowledge = hosted.OfType<KnowledgeRefresher>().Single().StartAsync(CancellationToken.None);
        var early = await Task.WhenAny(knowledge, Task.Delay(TimeSpan.FromMilliseconds(500)));
        Assert.NotSame(knowledge, early);
        await hosted.OfType<DatabaseStartup>().Single().StartAsync(CancellationToken.None);
        await knowledge.WaitAsync(TimeSpan.FromSeconds(30));

        var seed = KnowledgeLoader.Load(KnowledgeFixtures.ContentFolder).Base.Articles;
        var served = app.Services.GetRequiredService<IKnowledgeSource>().Current.Base.Articles;
        Assert.Equal(seed.Select(article => article.Id), served.Select(article => article.Id));
        Assert.Equal(seed.Select(ArticleMarkdown.Write), served.Select(ArticleMarkdown.Write));
    }

    [SkippableTheory, MemberData(nameof(Providers), MemberType = typeof(KnowledgeStoreHost))]
    public async Task Instances_starting_at_once_seed_the_empty_database_exactly_once(string provider)
    {
        using var database = Database(provider);
        await using var host = await BotTestHost.StartAsync(database: database.KeepAlive());
        var contexts = host.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            // Back to a database on which nothing was ever stored.
            await db.Set<KnowledgeArticleRecord>().ExecuteDeleteAsync();
            await db.Set<KnowledgeRevisionRecord>().ExecuteUpdateAsync(setters => setters.SetProperty(row => row.Revision, 0L));
        }
        var store = host.Services.GetRequiredService<IKnowledgeStore>();

        var seeded = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            KnowledgeFolderSync.SeedIfEmptyAsync(store, KnowledgeFixtures.ContentFolder, DateTimeOffset.UtcNow, _ => { }, CancellationToken.None))));

        Assert.Single(seeded, count => count > 0);
        var published = await store.PublishedAsync(CancellationToken.None);
        Assert.Equal(KnowledgeLoader.Load(KnowledgeFixtures.ContentFolder).Base.Articles.Count, published.Articles.Count);
        Assert.Equal(1, published.Revision);
        foreach (var article in published.Articles) Assert.Single(await store.HistoryAsync(article.Id, CancellationToken.None));
    }
}
