using NrwBot.Dialogs.Knowledge;
using static NrwBot.Tests.Knowledge.KnowledgeFixtures;

namespace NrwBot.Tests.Knowledge;

public class KnowledgeSearchTests
{
    private readonly KnowledgeIndex _index = new(SmallBase());

    private string? Top(string question) => _index.Search(question, 3).FirstOrDefault()?.Article.Id;

    [Theory]
    [InlineData("Oeffentlichkeitsarbeit")]
    [InlineData("öffentlichkeitsarbeit")]
    [InlineData("OEFFENTLICHKEITSARBEIT")]
    public void Umlauts_and_their_spelled_out_forms_match_alike(string question)
    {
        var hit = Assert.Single(_index.Search(question, 3));
        Assert.Equal("oeffentlichkeit", hit.Article.Id);
        Assert.Equal(1.0, hit.Coverage, 3);
    }

    [Fact]
    public void Sharp_s_matches_ss()
    {
        Assert.Equal(Top("Große Beträge"), Top("Grosse Betraege"));
        Assert.Equal("mittelabruf", Top("Grosse Betraege"));
    }

    [Fact]
    public void A_compound_the_articles_never_use_is_found_through_its_parts()
    {
        var hit = _index.Search("Verwendungsnachweisfrist", 3)[0];

        Assert.Equal("verwendungsnachweis", hit.Article.Id);
        Assert.True(hit.Coverage > 0.5, $"coverage {hit.Coverage}");
    }

    [Fact]
    public void A_compound_part_brings_its_synonym_group()
    {
        var index = new KnowledgeIndex(new KnowledgeBase(
        [
            Article("aenderung", "Der Änderungsantrag", "Wer den Finanzierungsplan ändern will, stellt vorher einen Änderungsantrag.", ["Wie ändere ich den Plan?"]),
            Article("kosten", "Förderfähige Kosten", "Sachkosten und Personalkosten sind förderfähig.", ["Was ist förderfähig?"]),
        ],
        [new SynonymGroup(["Änderungsantrag", "Umschichtung"], 1)]));

        Assert.Equal("aenderung", index.Search("Sachkostenumschichtung", 3)[0].Article.Id);
    }

    [Fact]
    public void A_verb_meets_the_noun_of_the_same_root()
    {
        var index = new KnowledgeIndex(new KnowledgeBase(
        [
            Article("aenderung", "Umschichtung zwischen Kostenpositionen", "Vorher einen Antrag stellen.", ["Darf ich den Plan ändern?"]),
            Article("mittelabruf", "Mittelabruf", "Geld wird mit dem Formular abgerufen.", ["Wie bekomme ich das Geld?"]),
        ], []));

        Assert.Equal("aenderung", index.Search("Wie kann ich umschichten?", 3).FirstOrDefault()?.Article.Id);
    }

    [Theory]
    [InlineData("VN", "verwendungsnachweis")]
    [InlineData("Abgrenzung DL", "abgrenzung")]
    public void Abbreviations_from_the_synonym_file_find_the_spelled_out_article(string question, string expected)
    {
        var hit = _index.Search(question, 3)[0];

        Assert.Equal(expected, hit.Article.Id);
        Assert.Equal(1.0, hit.Coverage, 3);
    }

    [Fact]
    public void Without_the_synonym_group_the_abbreviation_finds_nothing()
    {
        var withoutSynonyms = new KnowledgeBase(SmallBase().Articles, []);

        Assert.Empty(new KnowledgeIndex(withoutSynonyms).Search("VN", 3));
    }

    [Theory]
    [InlineData("Verwendungsnachweiss")]
    [InlineData("Verwendugsnachweis")]
    [InlineData("Öffentlichkeitsarbiet")]
    public void Longer_words_tolerate_typos(string question)
    {
        var hit = _index.Search(question, 3)[0];

        Assert.Contains(hit.Article.Id, new[] { "verwendungsnachweis", "oeffentlichkeit" });
        Assert.True(hit.Coverage > 0.5, $"coverage {hit.Coverage}");
    }

    [Fact]
    public void Short_words_do_not_match_by_typo()
    {
        Assert.DoesNotContain(_index.Search("Flyr", 3), hit => hit.Coverage > 0);
    }

    [Fact]
    public void A_word_in_the_title_outranks_the_same_word_in_another_body()
    {
        var articles = new[]
        {
            Article("body", "Allgemeines", "Hier geht es auch um Logos und vieles mehr.", ["Eins?", "Zwei?", "Drei?"]),
            Article("title", "Logos", "Die Vorgaben für die Gestaltung.", ["Vier?", "Fünf?", "Sechs?"]),
        };

        var hits = new KnowledgeIndex(new KnowledgeBase(articles, [])).Search("Logos", 2);

        Assert.Equal(["title", "body"], hits.Select(hit => hit.Article.Id));
    }

    [Fact]
    public void Stop_words_and_filler_alone_find_nothing()
    {
        Assert.Empty(_index.Search("wie geht das eigentlich mit dem", 3));
    }

    [Fact]
    public void Unknown_words_lower_the_coverage()
    {
        var known = _index.Search("Förderhinweis", 1)[0];
        var mixed = _index.Search("Förderhinweis Kantine Parkplatz", 1)[0];

        Assert.Equal(known.Article.Id, mixed.Article.Id);
        Assert.True(mixed.Coverage < known.Coverage / 2, $"{mixed.Coverage} vs {known.Coverage}");
    }
}
