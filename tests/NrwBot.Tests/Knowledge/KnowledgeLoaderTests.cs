using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Content;
using static NrwBot.Tests.Knowledge.KnowledgeFixtures;

namespace NrwBot.Tests.Knowledge;

public class KnowledgeLoaderTests
{
    private static readonly string[] ThreeQuestions = ["Frage eins?", "Frage zwei?", "Frage drei?"];

    [Fact]
    public void Valid_file_becomes_an_article_with_every_field()
    {
        using var folder = new TempContentFolder().Write("a.md", ArticleFile("artikel-a", "Titel A", ThreeQuestions, "**Fett** und Text.", "valid_until: 2027-01-31"));

        var result = KnowledgeLoader.Load(folder.Path);

        Assert.Empty(result.Issues);
        var article = Assert.Single(result.Base.Articles);
        Assert.Equal("artikel-a", article.Id);
        Assert.Equal("Titel A", article.Title);
        Assert.Equal(ThreeQuestions, article.Questions);
        Assert.Equal(new DateOnly(2027, 1, 31), article.ValidUntil);
        Assert.Equal(ContentStatus.Beispiel, article.Status);
        Assert.Equal("**Fett** und Text.", article.Body);
        Assert.Equal("Fett und Text.", article.PlainBody);
        Assert.Equal("https://www.example.org/artikel-a.docx", Assert.Single(article.Forms).Url);
    }

    [Fact]
    public void Broken_yaml_is_reported_with_file_and_line()
    {
        var text = ArticleFile("kaputt", "Titel", ThreeQuestions).Replace("tags: [Test]", "tags: [Test");
        using var folder = new TempContentFolder().Write("kaputt.md", text);

        var issue = Assert.Single(KnowledgeLoader.Load(folder.Path).Issues);

        Assert.Equal("kaputt.md", issue.File);
        Assert.InRange(issue.Line, LineOf(text, "tags:"), LineOf(text, "source:") + 1);
        Assert.Contains("YAML", issue.Message);
    }

    [Fact]
    public void Missing_id_is_reported_and_the_file_left_out()
    {
        var text = ArticleFile("weg", "Titel", ThreeQuestions).Replace("id: weg\n", "");
        using var folder = new TempContentFolder().Write("ohne-id.md", text).Write("gut.md", ArticleFile("gut", "Gut", ["Eins?", "Zwei?", "Drei?"]));

        var result = KnowledgeLoader.Load(folder.Path);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(("ohne-id.md", 1), (issue.File, issue.Line));
        Assert.Contains("„id“", issue.Message);
        Assert.Equal("gut", Assert.Single(result.Base.Articles).Id);
    }

    [Fact]
    public void Duplicate_id_is_reported_at_the_second_file_naming_the_first()
    {
        var second = ArticleFile("gleich", "Zweiter", ["Andere eins?", "Andere zwei?", "Andere drei?"]);
        using var folder = new TempContentFolder().Write("a.md", ArticleFile("gleich", "Erster", ThreeQuestions)).Write("b.md", second);

        var result = KnowledgeLoader.Load(folder.Path);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(("b.md", LineOf(second, "id:")), (issue.File, issue.Line));
        Assert.Contains("a.md:2", issue.Message);
        Assert.Equal("Erster", Assert.Single(result.Base.Articles).Title);
    }

    [Fact]
    public void Question_used_by_two_articles_is_reported_with_both_places()
    {
        var second = ArticleFile("b", "B", ["Ganz andere Frage?", "frage ZWEI", "Noch eine?"]);
        using var folder = new TempContentFolder().Write("a.md", ArticleFile("a", "A", ThreeQuestions)).Write("b.md", second);

        var issue = Assert.Single(KnowledgeLoader.Load(folder.Path).Issues);

        Assert.Equal(("b.md", LineOf(second, "frage ZWEI")), (issue.File, issue.Line));
        Assert.Contains("a.md:6", issue.Message);
    }

    [Fact]
    public void Fewer_than_three_questions_are_reported_at_the_questions_field()
    {
        var text = ArticleFile("zwei", "Zwei Fragen", ["Eins?", "Zwei?"]);
        using var folder = new TempContentFolder().Write("zwei.md", text);

        var issue = Assert.Single(KnowledgeLoader.Load(folder.Path).Issues);

        Assert.Equal(("zwei.md", LineOf(text, "questions:")), (issue.File, issue.Line));
        Assert.Contains("mindestens 3", issue.Message);
    }

    [Theory]
    [InlineData("reviewed: 2026-11-01", "reviewed: 1. November", "reviewed")]
    [InlineData("status: beispiel", "status: fertig", "status")]
    [InlineData("tags: [Test]", "tag: [Test]", "tag")]
    public void Wrong_field_values_are_reported_at_their_line(string original, string replacement, string expectedInMessage)
    {
        var text = ArticleFile("feld", "Feld", ThreeQuestions).Replace(original, replacement);
        using var folder = new TempContentFolder().Write("feld.md", text);

        var issue = Assert.Single(KnowledgeLoader.Load(folder.Path).Issues);

        Assert.Equal(LineOf(text, replacement), issue.Line);
        Assert.Contains(expectedInMessage, issue.Message);
    }

    [Fact]
    public void Synonym_term_in_two_groups_is_reported_with_both_lines()
    {
        using var folder = new TempContentFolder()
            .Write("a.md", ArticleFile("a", "A", ThreeQuestions))
            .Write("synonyms.yml", "groups:\n  - [VN, Verwendungsnachweis]\n  - [Nachweis, verwendungsnachweis]\n");

        var issue = Assert.Single(KnowledgeLoader.Load(folder.Path).Issues);

        Assert.Equal(("synonyms.yml", 3), (issue.File, issue.Line));
        Assert.Contains("Zeile 2", issue.Message);
    }

    [Fact]
    public void Shipped_knowledge_base_is_valid_and_has_every_required_article_as_sample_content()
    {
        string[] required =
        [
            "foerderrichtlinie-ueberblick", "antragstellung", "weiterleitung-bescheid-oder-vertrag", "abgrenzung-demokratie-leben",
            "stellenbeschreibung-fachkraft", "handlungskonzept-erstellen", "bestandsanalyse", "beteiligungsforen", "steuerungsgruppe",
            "oeffentlichkeitsarbeit-logos", "mittelabruf", "verwendungsnachweis", "buchung-haushalt", "foerderfaehige-kosten",
            "referentenpool", "fortbildungen", "wissenschaftliche-begleitung", "formulare-uebersicht", "aenderungsantrag",
            "nachhaltigkeit-fortfuehrung", "datenschutz-projektarbeit", "lks-aufgaben-kontakt",
        ];

        var result = KnowledgeLoader.Load(ContentFolder);

        Assert.Empty(result.Issues);
        Assert.All(required, id => Assert.NotNull(result.Base.Find(id)));
        Assert.All(result.Base.Articles, article => Assert.Equal(ContentStatus.Beispiel, article.Status));
        Assert.All(result.Base.Articles.SelectMany(article => article.Forms), form => Assert.StartsWith("https://www.example.org/", form.Url));
        Assert.Contains(result.Base.Synonyms, group => group.Terms.Contains("pfD") && group.Terms.Contains("Partnerschaft für Demokratie"));
    }

    private static int LineOf(string text, string fragment) =>
        Array.FindIndex(text.Replace("\r\n", "\n").Split('\n'), line => line.Contains(fragment, StringComparison.Ordinal)) + 1;
}
