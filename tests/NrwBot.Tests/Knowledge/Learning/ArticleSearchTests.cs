using NrwBot.Dialogs.Knowledge.Learning;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Requests;

namespace NrwBot.Tests.Knowledge.Learning;

/// <summary>
/// A question in Lernen can go to any article, not only the three suggested: „Anderer Artikel …“ searches all of them
/// (by id or words), and on text channels „Formulierung zu ID: Frage“ does the same. Both make an ordinary draft.
/// </summary>
public sealed class ArticleSearchTests
{
    private const string Question = "Welche Vordrucke brauche ich für unseren Sommerfest-Stand?";

    [Fact]
    public async Task Anderer_Artikel_searches_every_article_and_its_button_makes_a_phrasing_draft()
    {
        await using var host = await RequestsHost.StartAsync();
        var (erika, anna) = (host.Channel(TestPerson.Erika), host.Channel(TestPerson.Anna));
        await host.TurnAsync(erika, Question);

        var learn = await host.TurnAsync(anna, "Lernen");
        var form = await host.TurnAsync(anna, ActivityAssert.Click(learn, SearchArticleForPhrasing.Verb));
        var byWords = await host.TurnAsync(anna, ActivityAssert.Submit(FindArticleForPhrasing.Verb, ("q", Question), ("search", "Öffentlichkeitsarbeit Logos")));
        var byId = await host.TextOfTurnAsync(anna, ActivityAssert.Submit(FindArticleForPhrasing.Verb, ("q", Question), ("search", "referentenpool")));
        var nothing = await host.TextOfTurnAsync(anna, ActivityAssert.Submit(FindArticleForPhrasing.Verb, ("q", Question), ("search", "Quantenchromodynamik")));
        var proposed = await host.TextOfTurnAsync(anna, ActivityAssert.Click(byWords, LearnPhrasing.Verb));
        var typed = await host.TextOfTurnAsync(anna, "Formulierung zu referentenpool: Wo finde ich Referentinnen für Workshops?");
        var refused = await host.TextOfTurnAsync(erika, "Formulierung zu referentenpool: Gefälscht?");

        Assert.Contains(FindArticleForPhrasing.QueryKey, ActivityAssert.InputIds(form.Last()));
        Assert.Contains("oeffentlichkeitsarbeit-logos", ActivityAssert.Card(byWords.Last()).ToString());
        Assert.Contains("Referent", byId);
        TextAssert.Contains(KnowledgeLearningTexts.SearchNothing, nothing);
        Assert.Contains("Entwurf #1", proposed);
        Assert.Contains("Entwurf #2", typed);
        Assert.Contains(KnowledgeLearningTexts.NotLks.German, refused);
    }
}
