using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Content;

namespace NrwBot.Tests.Knowledge;

/// <summary>Small knowledge bases for tests: articles in memory, or Markdown files in a temporary folder.</summary>
internal static class KnowledgeFixtures
{
    public static KnowledgeArticle Article(string id, string title, string body, string[] questions, string[]? tags = null,
        DateOnly? validUntil = null, ContentStatus status = ContentStatus.Beispiel) => new()
    {
        Id = id,
        Title = title,
        Questions = questions,
        Tags = tags ?? [],
        Source = "Förderrichtlinie (Abschnitt von der LKS zu ergänzen)",
        Forms = [new ArticleForm("Formular (Platzhalter)", $"https://www.example.org/{id}.docx")],
        Reviewed = new DateOnly(2026, 11, 1),
        ValidUntil = validUntil,
        Status = status,
        Body = body,
        PlainBody = body,
        File = id + ".md",
    };

    /// <summary>Four articles on distinct topics, with the synonym groups the tests need.</summary>
    public static KnowledgeBase SmallBase(DateOnly? mittelabrufValidUntil = null) => new(
    [
        Article("verwendungsnachweis", "Der Verwendungsnachweis", "Der Verwendungsnachweis besteht aus Sachbericht und zahlenmäßigem Nachweis. Die Frist steht im Bescheid.",
            ["Wann ist der Verwendungsnachweis fällig?", "Was gehört in den Sachbericht?", "Welche Belege brauche ich?"]),
        Article("abgrenzung", "Abgrenzung zu Demokratie leben", "Demokratie leben ist ein Bundesprogramm. Doppelförderung ist ausgeschlossen.",
            ["Wie grenze ich das Programm ab?", "Geht beides gleichzeitig?", "Was ist der Unterschied?"]),
        Article("oeffentlichkeit", "Öffentlichkeitsarbeit und Förderhinweis", "Auf Flyern steht der Förderhinweis des Landes. Die Pressestelle hilft bei Pressemitteilungen.",
            ["Welche Logos kommen auf den Flyer?", "Wie sieht der Förderhinweis aus?", "Wer macht Pressearbeit?"]),
        Article("mittelabruf", "Mittelabruf", "Die Mittel werden mit der Mittelanforderung abgerufen. Große Beträge rechtzeitig anfordern.",
            ["Wie rufe ich Geld ab?", "Wann kann ich Mittel anfordern?", "Bis wann abrufen?"], validUntil: mittelabrufValidUntil),
    ],
    [
        new SynonymGroup(["VN", "Verwendungsnachweis"], 1),
        new SynonymGroup(["DL", "Demokratie leben"], 2),
    ]);

    public static KnowledgeService Service(KnowledgeBase knowledgeBase, KnowledgeOptions? options = null)
    {
        options ??= new KnowledgeOptions();
        return new KnowledgeService(new FixedKnowledgeSource(KnowledgeSnapshot.Build(knowledgeBase, options)), options);
    }

    public static string ArticleFile(string id, string title, string[] questions, string body = "Der Antworttext.", string? extraFrontMatter = null) =>
        $"""
        ---
        id: {id}
        title: "{title}"
        questions:
        {string.Join("\n", questions.Select(question => $"  - {question}"))}
        tags: [Test]
        source: "Förderrichtlinie (Abschnitt von der LKS zu ergänzen)"
        forms:
          - name: "Formular (Platzhalter)"
            url: "https://www.example.org/{id}.docx"
        reviewed: 2026-11-01
        status: beispiel{(extraFrontMatter is null ? "" : "\n" + extraFrontMatter)}
        ---
        {body}
        """;

    public static string ContentFolder => Path.Combine(AppContext.BaseDirectory, "content", "knowledge");

    /// <summary>The repository root (the folder with NrwBot.sln), for data sets the test project does not copy.</summary>
    public static string RepositoryFile(params string[] parts)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "NrwBot.sln"))) folder = folder.Parent;
        if (folder is null) throw new DirectoryNotFoundException("NrwBot.sln not found above " + AppContext.BaseDirectory);
        return Path.Combine([folder.FullName, .. parts]);
    }
}

/// <summary>A temporary content folder, deleted after the test.</summary>
internal sealed class TempContentFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nrwbot-kb-" + Guid.NewGuid().ToString("N"));

    public TempContentFolder() => Directory.CreateDirectory(Path);

    public TempContentFolder Write(string file, string text)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, file), text.Replace("\r\n", "\n"));
        return this;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
