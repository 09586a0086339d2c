using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Knowledge.Store;
using NrwBot.Tests.Infrastructure;
using static NrwBot.Tests.Knowledge.Store.KnowledgeStoreHost;

namespace NrwBot.Tests.Knowledge.Store;

/// <summary>
/// `kb import|export|history|rollback` on SQLite and PostgreSQL: the seed folder goes into the database and comes
/// back as the same bytes; an edited file becomes a new version; a rollback is a new version with the old content.
/// </summary>
public sealed class KnowledgeStoreCommandLineTests
{
    [SkippableTheory, MemberData(nameof(Providers), MemberType = typeof(KnowledgeStoreHost))]
    public async Task Import_then_export_gives_the_seed_files_back_byte_for_byte(string provider)
    {
        using var database = Database(provider);
        using var folder = new TempContentFolder();

        var import = await KbAsync(database, "import", KnowledgeFixtures.ContentFolder);
        var export = await KbAsync(database, "export", folder.Path);

        Assert.Equal(0, import.Code);
        Assert.Equal(0, export.Code);
        var seed = Directory.GetFiles(KnowledgeFixtures.ContentFolder, "*.md").Select(Path.GetFileName).Order().ToList();
        Assert.Equal(seed, Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order().ToList());
        foreach (var file in seed)
            Assert.True(File.ReadAllBytes(Path.Combine(KnowledgeFixtures.ContentFolder, file!)).SequenceEqual(File.ReadAllBytes(Path.Combine(folder.Path, file!))),
                $"{file} differs after import and export");
        Assert.Contains(KnowledgeStoreTexts.ExportDone.Format(seed.Count, folder.Path), export.Out);
    }

    [SkippableTheory, MemberData(nameof(Providers), MemberType = typeof(KnowledgeStoreHost))]
    public async Task An_edited_file_becomes_a_new_version_and_a_rollback_publishes_the_old_content_as_the_next_one(string provider)
    {
        using var database = Database(provider);
        using var edited = new TempContentFolder();
        using var exported = new TempContentFolder();
        var folder = CopyOfSeed(edited);
        var file = Path.Combine(folder, "mittelabruf.md");
        var original = await File.ReadAllTextAsync(file);
        await File.WriteAllTextAsync(file, original.Replace("title: \"", "title: \"NEU: "));

        var import = await KbAsync(database, "import", folder);
        var rollback = await KbAsync(database, "rollback", "mittelabruf", "1");
        var history = await KbAsync(database, "history", "mittelabruf");
        await KbAsync(database, "export", exported.Path);

        Assert.Equal(0, import.Code);
        Assert.Contains(KnowledgeStoreTexts.ImportDone.Format(folder, 0, 1, 21), import.Out);
        Assert.Equal(0, rollback.Code);
        Assert.Contains(KnowledgeStoreTexts.RolledBack.Format("mittelabruf", 1, 3), rollback.Out);
        var rows = history.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..];
        Assert.Equal(3, rows.Length);
        Assert.StartsWith("  v1", rows[0]);
        Assert.StartsWith("  v2", rows[1]);
        Assert.StartsWith("* v3", rows[2]);
        Assert.Contains(KnowledgeStoreTexts.RollbackNote.Format(1), rows[2]);
        Assert.Equal(original, await File.ReadAllTextAsync(Path.Combine(exported.Path, "mittelabruf.md")));
    }

    [SkippableTheory, MemberData(nameof(Providers), MemberType = typeof(KnowledgeStoreHost))]
    public async Task Export_deletes_the_files_of_articles_no_longer_published_and_leaves_every_other_file_alone(string provider)
    {
        using var database = Database(provider);
        using var target = new TempContentFolder();
        var folder = CopyOfSeed(target);
        // A file an earlier export wrote for an article the database no longer publishes (withdrawn or renamed).
        target.Write("alter-artikel.md", KnowledgeFixtures.ArticleFile("alter-artikel", "Alter Artikel", ["Frage eins?", "Frage zwei?", "Frage drei?"]));
        // Not the export's: a README, notes whose id is not their name, the synonyms, a subfolder, another kind of file.
        target.Write("README.md", "# Wissensartikel\n\nDiese Dateien schreibt `kb export`.\n");
        target.Write("notizen.md", KnowledgeFixtures.ArticleFile("etwas-anderes", "Notizen", ["Frage eins?", "Frage zwei?", "Frage drei?"]));
        target.Write("synonyms.yml", "groups: []\n");
        target.Write("liste.txt", "alter-artikel\n");
        Directory.CreateDirectory(Path.Combine(folder, "archiv"));
        target.Write(Path.Combine("archiv", "archiviert.md"), KnowledgeFixtures.ArticleFile("archiviert", "Archiviert", ["Frage eins?", "Frage zwei?", "Frage drei?"]));

        var export = await KbAsync(database, "export", folder);

        Assert.Equal(0, export.Code);
        Assert.False(File.Exists(Path.Combine(folder, "alter-artikel.md")));
        foreach (var kept in new[] { "README.md", "notizen.md", "synonyms.yml", "liste.txt", Path.Combine("archiv", "archiviert.md") })
            Assert.True(File.Exists(Path.Combine(folder, kept)), kept + " was deleted");
        var seed = Directory.GetFiles(KnowledgeFixtures.ContentFolder, "*.md").Select(Path.GetFileName).ToList();
        Assert.All(seed, file => Assert.True(File.Exists(Path.Combine(folder, file!)), file + " is missing"));
        Assert.Contains(KnowledgeStoreTexts.ExportRemoved.Format(1), export.Out);
        Assert.Contains("  - alter-artikel.md", export.Out);
        Assert.Equal("groups: []\n", await File.ReadAllTextAsync(Path.Combine(folder, "synonyms.yml")));
    }

    [SkippableTheory, MemberData(nameof(Providers), MemberType = typeof(KnowledgeStoreHost))]
    public async Task A_folder_with_a_problem_is_not_imported_at_all(string provider)
    {
        using var database = Database(provider);
        using var edited = new TempContentFolder();
        var folder = CopyOfSeed(edited);
        var good = Path.Combine(folder, "mittelabruf.md");
        await File.WriteAllTextAsync(good, (await File.ReadAllTextAsync(good)).Replace("title: \"", "title: \"NEU: "));
        edited.Write("kaputt.md", KnowledgeFixtures.ArticleFile("kaputt", "Kaputt", ["Nur eine Frage?"]));

        var import = await KbAsync(database, "import", folder);
        var history = await KbAsync(database, "history", "mittelabruf");

        Assert.Equal(1, import.Code);
        Assert.Contains("kaputt.md", import.Error);
        Assert.Contains(KnowledgeStoreTexts.ImportRefused.Format(1), import.Error);
        Assert.Single(history.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..]);
    }

    [SkippableTheory, MemberData(nameof(Providers), MemberType = typeof(KnowledgeStoreHost))]
    public async Task Unknown_articles_and_versions_and_wrong_calls_are_refused(string provider)
    {
        using var database = Database(provider);

        var unknownArticle = await KbAsync(database, "history", "gibt-es-nicht");
        var unknownVersion = await KbAsync(database, "rollback", "mittelabruf", "7");
        var sameContent = await KbAsync(database, "rollback", "mittelabruf", "1");
        var wrongCall = await KbAsync(database, "rollback", "mittelabruf");

        Assert.Equal(1, unknownArticle.Code);
        Assert.Contains(KnowledgeStoreTexts.UnknownArticle.Format("gibt-es-nicht"), unknownArticle.Error);
        Assert.Equal(1, unknownVersion.Code);
        Assert.Contains(KnowledgeStoreTexts.UnknownVersion.Format("mittelabruf", 7, 1), unknownVersion.Error);
        Assert.Equal(0, sameContent.Code);
        Assert.Contains(KnowledgeStoreTexts.AlreadyPublished.Format("mittelabruf", 1, 1), sameContent.Out);
        Assert.Equal(2, wrongCall.Code);
        Assert.Contains(KnowledgeStoreTexts.CommandUsage.German, wrongCall.Error);
    }
}
