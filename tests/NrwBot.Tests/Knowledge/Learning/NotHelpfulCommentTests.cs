using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Knowledge.Learning;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Requests;

namespace NrwBot.Tests.Knowledge.Learning;

/// <summary>
/// A 👎 may carry a short „Was hat gefehlt?“: it is stored on the asker's own log entry only, shows in „Lernen“ beside
/// the question with the article it got (and a button to change that article), and in the asker's „Meine Daten“.
/// </summary>
public sealed class NotHelpfulCommentTests
{
    private const string Question = "Wie rufe ich die Fördermittel ab?";
    private const string Comment = "Es fehlt, bis wann im Dezember der Abruf da sein muss.";

    [Fact]
    public async Task A_comment_after_a_thumbs_down_reaches_Lernen_and_Meine_Daten_and_only_the_asker_can_leave_it()
    {
        await using var host = await RequestsHost.StartAsync();
        var (erika, carl, anna) = (host.Channel(TestPerson.Erika), host.Channel(TestPerson.Carl), host.Channel(TestPerson.Anna));

        var answer = await host.TurnAsync(erika, Question);
        var down = await host.TurnAsync(erika, ActivityAssert.Click(answer, KnowledgeFeature.NotHelpfulVerb));
        var questionId = ActivityAssert.Card(down.Last()).SelectToken("$..actions[0].data.qid")!.ToString();
        var forged = await host.TextOfTurnAsync(carl, ActivityAssert.Submit(FeedbackComment.Verb, ("qid", questionId), ("comment", "Gefälschter Hinweis")));
        var thanked = await host.TextOfTurnAsync(erika, ActivityAssert.Submit(FeedbackComment.Verb, ("qid", questionId), ("comment", Comment)));
        var learn = await host.TurnAsync(anna, "Lernen");
        var mine = await host.TextOfTurnAsync(erika, "Meine Daten");

        Assert.Contains(FeedbackComment.CommentKey, ActivityAssert.InputIds(down.Last()));
        TextAssert.Contains(KnowledgeTexts.NotYourQuestion, forged);
        TextAssert.Contains(KnowledgeTexts.MissingThanks, thanked);
        var lernen = RequestsHost.Visible(learn);
        Assert.Contains(ArticleDraftTexts.DownTitle.German, lernen);
        Assert.Contains(ArticleDraftTexts.DownComment.Format(Comment), lernen);
        Assert.DoesNotContain("Gefälschter Hinweis", lernen);
        Assert.Contains(EditArticle.Verb, learn.SelectMany(ActivityAssert.ButtonVerbs));
        Assert.Contains(Comment, mine);
    }
}
