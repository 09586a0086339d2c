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

    /// <summary>
    /// Writes every published article as "id.md" into the folder (created when missing) and deletes the files of
    /// articles no longer published, so the folder is the published state — as git will show it. Only files the
    /// export owns are deleted: "*.md" directly in the folder that begin as an exported article does ("---", then
    /// "id: " and the file's name); README.md, synonyms.yml, subfolders and anything else stay. Returns how many
    /// articles were written and the names of the files deleted.
    /// </summary>
    public static async Task<(int Written, IReadOnlyList<string> Removed)> ExportAsync(IKnowledgeStore store, string folder, CancellationToken cancellationToken)
    {
        var published = await store.PublishedAsync(cancellationToken);
        Directory.CreateDirectory(folder);
        var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var article in published.Articles)
        {
            var file = ArticleMarkdown.FileName(article.Id);
            await File.WriteAllTextAsync(Path.Combine(folder, file), ArticleMarkdown.Write(article), cancellationToken);
            written.Add(file);
        }
        var removed = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.md", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList())
        {
            var file = Path.GetFileName(path);
            if (written.Contains(file) || !ArticleMarkdown.IsArticleFile(Path.GetFileNameWithoutExtension(file), await File.ReadAllTextAsync(path, cancellationToken))) continue;
            File.Delete(path);
            removed.Add(file);
        }
        return (published.Articles.Count, removed);
    }
}
