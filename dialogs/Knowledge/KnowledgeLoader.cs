namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// Loads the knowledge folder: every *.md file is one article, synonyms.yml holds the synonym groups.
/// Files with errors are left out; the result lists every problem with file and line.
/// </summary>
public static class KnowledgeLoader
{
    public const string SynonymsFileName = "synonyms.yml";

    public static KnowledgeLoadResult Load(string folder)
    {
        var issues = new List<KnowledgeIssue>();
        if (!Directory.Exists(folder))
        {
            issues.Add(new(folder, 0, KnowledgeTexts.FolderMissing.German));
            return new(KnowledgeBase.Empty, issues);
        }
        var parsed = new List<ParsedArticle>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(folder, path);
            if (TryRead(path, file, issues) is { } text && ArticleParser.Parse(file, text, issues) is { } article) parsed.Add(article);
        }
        var synonyms = LoadSynonyms(folder, issues);
        var articles = KnowledgeValidator.RemoveConflicts(parsed, issues);
        return new(new KnowledgeBase(articles, synonyms), issues);
    }

    /// <summary>
    /// A knowledge base from stored articles (the database) and the folder's synonyms, with the same cross-article
    /// checks as the files: an article whose id or question another one already has is left out and reported.
    /// </summary>
    public static KnowledgeLoadResult FromArticles(IReadOnlyList<KnowledgeArticle> articles, IReadOnlyList<SynonymGroup> synonyms)
    {
        var issues = new List<KnowledgeIssue>();
        var parsed = articles.Select(article => new ParsedArticle(article, 0, article.Questions.Select(_ => 0).ToList())).ToList();
        return new(new KnowledgeBase(KnowledgeValidator.RemoveConflicts(parsed, issues), synonyms), issues);
    }

    /// <summary>The synonym groups of the folder's synonyms.yml (none when it is missing), with its problems.</summary>
    public static (IReadOnlyList<SynonymGroup> Groups, IReadOnlyList<KnowledgeIssue> Issues) LoadSynonyms(string folder)
    {
        var issues = new List<KnowledgeIssue>();
        return (LoadSynonyms(folder, issues), issues);
    }

    private static IReadOnlyList<SynonymGroup> LoadSynonyms(string folder, List<KnowledgeIssue> issues)
    {
        var path = Path.Combine(folder, SynonymsFileName);
        return File.Exists(path) && TryRead(path, SynonymsFileName, issues) is { } text ? SynonymFileParser.Parse(SynonymsFileName, text, issues) : [];
    }

    /// <summary>A file that vanishes or is locked while an editor saves is a problem of this load, not a crash.</summary>
    private static string? TryRead(string path, string file, List<KnowledgeIssue> issues)
    {
        try
        {
            return ReadShared(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            issues.Add(new(file, 0, KnowledgeTexts.Unreadable.Format(exception.Message)));
            return null;
        }
    }

    /// <summary>Reads while an editor may still hold the file open (the watcher fires during saving).</summary>
    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
