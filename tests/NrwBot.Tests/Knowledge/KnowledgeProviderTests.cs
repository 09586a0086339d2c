using NrwBot.Dialogs.Knowledge;
using static NrwBot.Tests.Knowledge.KnowledgeFixtures;

namespace NrwBot.Tests.Knowledge;

public class KnowledgeProviderTests
{
    private static readonly string[] Questions = ["Wie geht die Antragstellung?", "Welche Unterlagen?", "Bis wann?"];
    private static readonly KnowledgeOptions FastReload = new() { ReloadDelay = TimeSpan.FromMilliseconds(50) };

    // A guard against hanging, not a timing assertion: the reload normally arrives within a fraction of a second.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_changed_file_is_served_without_a_restart()
    {
        using var folder = new TempContentFolder().Write("antrag.md", ArticleFile("antrag", "Alter Titel", Questions));
        using var provider = new KnowledgeProvider(folder.Path, FastReload, TimeProvider.System);
        var reloaded = NextReload(provider);
        provider.StartWatching();

        folder.Write("antrag.md", ArticleFile("antrag", "Neuer Titel", Questions));
        var (_, applied) = await reloaded.WaitAsync(Patience);

        Assert.True(applied);
        Assert.Equal("Neuer Titel", provider.Current.Base.Find("antrag")!.Title);
        Assert.Equal("antrag", provider.Current.Index.Search("Neuer Titel", 1)[0].Article.Id);
    }

    [Fact]
    public async Task A_new_file_is_picked_up()
    {
        using var folder = new TempContentFolder().Write("antrag.md", ArticleFile("antrag", "Antrag", Questions));
        using var provider = new KnowledgeProvider(folder.Path, FastReload, TimeProvider.System);
        var reloaded = NextReload(provider);
        provider.StartWatching();

        folder.Write("logos.md", ArticleFile("logos", "Logos", ["Welche Logos?", "Wo ist das Logo?", "Förderhinweis?"]));
        await reloaded.WaitAsync(Patience);

        Assert.NotNull(provider.Current.Base.Find("logos"));
    }

    [Fact]
    public void A_broken_change_keeps_the_last_good_knowledge_base_and_reports_the_problem()
    {
        using var folder = new TempContentFolder().Write("antrag.md", ArticleFile("antrag", "Guter Titel", Questions));
        using var provider = new KnowledgeProvider(folder.Path, FastReload, TimeProvider.System);

        folder.Write("antrag.md", ArticleFile("antrag", "Kaputt", ["Nur eine Frage?"]));
        var applied = provider.Reload();

        Assert.False(applied);
        Assert.Equal("Guter Titel", provider.Current.Base.Find("antrag")!.Title);
        Assert.Equal("antrag.md", Assert.Single(provider.Issues).File);
    }

    [Fact]
    public void Fixing_the_problem_serves_the_new_content_and_clears_the_issues()
    {
        using var folder = new TempContentFolder().Write("antrag.md", ArticleFile("antrag", "Erster", Questions));
        using var provider = new KnowledgeProvider(folder.Path, FastReload, TimeProvider.System);
        folder.Write("antrag.md", "kein Kopfbereich");
        provider.Reload();

        folder.Write("antrag.md", ArticleFile("antrag", "Repariert", Questions));

        Assert.True(provider.Reload());
        Assert.Empty(provider.Issues);
        Assert.Equal("Repariert", provider.Current.Base.Find("antrag")!.Title);
    }

    [Fact]
    public void At_start_up_the_articles_without_problems_are_served()
    {
        using var folder = new TempContentFolder()
            .Write("gut.md", ArticleFile("gut", "Gut", Questions))
            .Write("schlecht.md", ArticleFile("schlecht", "Schlecht", ["Eine?"]));

        using var provider = new KnowledgeProvider(folder.Path, FastReload, TimeProvider.System);

        Assert.Equal(["gut"], provider.Current.Base.Articles.Select(article => article.Id));
        Assert.Equal("schlecht.md", Assert.Single(provider.Issues).File);
    }

    private static Task<(KnowledgeLoadResult Result, bool Applied)> NextReload(KnowledgeProvider provider)
    {
        var completion = new TaskCompletionSource<(KnowledgeLoadResult, bool)>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.Reloaded += (result, applied) => completion.TrySetResult((result, applied));
        return completion.Task;
    }
}
