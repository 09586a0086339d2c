namespace NrwBot.Dialogs.Knowledge.Store;

/// <summary>
/// How content moves between the Markdown folder and the database: the folder seeds an empty database, `kb import`
/// brings a folder's articles in as new versions, `kb export` writes the published state back as the same files.
/// </summary>
public static class KnowledgeFolderSync
{
    /// <summary>
    /// On the first start (nothing ever stored) the folder's articles become version 1; files with problems are left
    /// out and reported. Returns how many articles were stored: 0 when the database had content already (or another
    /// instance seeded it just now).
    /// </summary>
    public static async Task<int> SeedIfEmptyAsync(IKnowledgeStore store, string folder, DateTimeOffset now, Action<KnowledgeIssue> report,
        CancellationToken cancellationToken)
    {
        if (await store.RevisionAsync(cancellationToken) != 0) return 0;
        var loaded = KnowledgeLoader.Load(folder);
        foreach (var issue in loaded.Issues) report(issue);
        if (loaded.Base.Articles.Count == 0) return 0;
        var seeded = await store.SeedAsync(loaded.Base.Articles, new ArticleChange(KnowledgeStoreTexts.SeedActor.German, now), cancellationToken);
        return seeded ? loaded.Base.Articles.Count : 0;
    }

    /// <summary>A folder with any problem is not imported at all (nothing half-imported); the problems are returned.</summary>
    public static async Task<(ImportResult? Result, IReadOnlyList<KnowledgeIssue> Issues)> ImportAsync(IKnowledgeStore store, string folder, string changedBy,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var loaded = KnowledgeLoader.Load(folder);
        if (!loaded.IsValid) return (null, loaded.Issues);
        var change = new ArticleChange(changedBy, now, Note: KnowledgeStoreTexts.ImportNote.German);
        return (await store.ImportAsync(loaded.Base.Articles, change, cancellationToken), []);
    }

    /// <summary>Writes every published article as "id.md" into the folder (created when missing); returns how many.</summary>
    public static async Task<int> ExportAsync(IKnowledgeStore store, string folder, CancellationToken cancellationToken)
    {
        var published = await store.PublishedAsync(cancellationToken);
        Directory.CreateDirectory(folder);
        foreach (var article in published.Articles)
            await File.WriteAllTextAsync(Path.Combine(folder, ArticleMarkdown.FileName(article.Id)), ArticleMarkdown.Write(article), cancellationToken);
        return published.Articles.Count;
    }
}
