using NrwBot.Dialogs.Content;
using NrwBot.Dialogs.Knowledge;

namespace NrwBot.Tests.Knowledge.Store;

/// <summary>What `kb export` writes reads back as the same article, also where YAML needs quotes.</summary>
public sealed class ArticleMarkdownTests
{
    [Fact]
    public void Values_that_YAML_would_misread_are_quoted_and_read_back_unchanged()
    {
        var article = KnowledgeFixtures.Article("sonderfall", "Titel mit \"Anführungszeichen\" und \\ Backslash",
            "Antwort mit **Markdown**:\n\n- eins\n- zwei",
            ["Frage: mit Doppelpunkt?", "2027 – geht das noch?", "Was heißt #Hashtag hier?", "ja", "'Zitat' am Anfang?"],
            tags: ["Kosten, Miete", "[Klammer]", "normal"], validUntil: new DateOnly(2027, 12, 31), status: ContentStatus.Geprueft);

        var written = ArticleMarkdown.Write(article);
        var read = KnowledgeLoaderRead(written);

        Assert.Equal(article.Title, read.Title);
        Assert.Equal(article.Questions, read.Questions);
        Assert.Equal(article.Tags, read.Tags);
        Assert.Equal(article.Forms, read.Forms);
        Assert.Equal(article.Source, read.Source);
        Assert.Equal(article.Body, read.Body);
        Assert.Equal(article.ValidUntil, read.ValidUntil);
        Assert.Equal(ContentStatus.Geprueft, read.Status);
        Assert.Equal(written, ArticleMarkdown.Write(read with { File = article.File }));
    }

    private static KnowledgeArticle KnowledgeLoaderRead(string text)
    {
        using var folder = new TempContentFolder().Write("sonderfall.md", text);
        var result = KnowledgeLoader.Load(folder.Path);
        Assert.Empty(result.Issues);
        return Assert.Single(result.Base.Articles);
    }
}
