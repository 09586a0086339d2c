using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Knowledge.Learning;
using NrwBot.Dialogs.Knowledge.Store;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Knowledge.Store;
using NrwBot.Tests.Requests;

namespace NrwBot.Tests.Knowledge.Learning;

/// <summary>
/// The LKS teaches NrwBot in Teams, four eyes: an unanswered question shows under „Lernen“, one LKS member adds it as
/// a phrasing of an article, a second one approves it, the author is told, and the same question is then answered
/// directly. Returning with a comment publishes nothing; the author cannot approve alone; others are refused.
/// </summary>
public sealed class LearningConversationTests
{
    private const string Question = "Welche Vordrucke brauche ich für unseren Sommerfest-Stand?";
    private const string Article = "formulare-uebersicht";

    [SkippableTheory, MemberData(nameof(KnowledgeStoreHost.Providers), MemberType = typeof(KnowledgeStoreHost))]
    public async Task A_phrasing_learned_in_Teams_and_approved_by_a_second_LKS_member_answers_the_same_question_directly(string provider)
    {
        using var database = KnowledgeStoreHost.Database(provider);
        await using var host = await RequestsHost.StartAsync(database);
        var (erika, anna, ben) = (host.Channel(TestPerson.Erika), host.Channel(TestPerson.Anna), host.Channel(TestPerson.Ben));
        var title = host.Services.GetRequiredService<KnowledgeService>().Find(Article)!.Title;
        TextAssert.Contains(KnowledgeTexts.NoAnswerText, await host.TextOfTurnAsync(erika, Question));

        var learn = await host.TextOfTurnAsync(anna, "Lernen");
        var proposed = await host.TextOfTurnAsync(anna, ActivityAssert.Submit(LearnPhrasing.Verb, ("id", Article), ("q", Question)));
        var ownDrafts = await host.TextOfTurnAsync(anna, "Entwürfe");
        var ownApproval = await host.TextOfTurnAsync(anna, ActivityAssert.Submit(ApproveDraft.Verb, ("draft", "1")));
        var beforeApproval = await host.TextOfTurnAsync(erika, Question);
        var drafts = await host.TextOfTurnAsync(ben, "Entwürfe");
        var approved = await host.TextOfTurnAsync(ben, ActivityAssert.Submit(ApproveDraft.Verb, ("draft", "1")));
        var answer = await host.TextOfTurnAsync(erika, Question);
        var twice = await host.TextOfTurnAsync(ben, ActivityAssert.Submit(ApproveDraft.Verb, ("draft", "1")));
        var learnAfter = await host.TextOfTurnAsync(anna, "Lernen");

        Assert.Contains(KnowledgeLearningTexts.LearnQuestion.Format(Question, 1), learn);
        Assert.Contains($"„{title}“ (`{Article}`)", learn);
        Assert.Contains(KnowledgeLearningTexts.AddToButton.Format(1), learn);
        Assert.Contains(KnowledgeLearningTexts.Proposed.Format(1, Question, title), proposed);
        Assert.Contains(KnowledgeLearningTexts.OwnDraftHint.German, ownDrafts);
        Assert.DoesNotContain(KnowledgeLearningTexts.ApproveButton.German, ownDrafts);
        Assert.Contains(KnowledgeLearningTexts.OwnDraft.Format(1), ownApproval);
        TextAssert.Contains(KnowledgeTexts.NoAnswerText, beforeApproval);
        Assert.Contains("**Entwurf #1** von Anna Schmidt", drafts);
        Assert.Contains(KnowledgeLearningTexts.ApproveButton.German, drafts);
        Assert.Contains(KnowledgeLearningTexts.Approved.Format(1, Question, title, 2, KnowledgeLearningTexts.AuthorTold.German), approved);
        TextAssert.DoesNotContain(KnowledgeTexts.NoAnswerText, answer);
        TextAssert.DoesNotContain(KnowledgeTexts.SuggestTitle, answer);
        Assert.Contains(title, answer);
        Assert.Contains(KnowledgeLearningTexts.AlreadyDecided.Format(1, "Ben Weber", KnowledgeLearningTexts.StateApproved.German), twice);
        Assert.DoesNotContain(Question, learnAfter);
        Assert.Contains(host.Sender.To(TestPerson.Anna.Key), reply =>
            ReplyText.Of(reply).Contains(KnowledgeLearningTexts.ToAuthorApproved.Format(1, "Ben Weber", Question, title), StringComparison.Ordinal));
        var versions = await host.Services.GetRequiredService<IKnowledgeStore>().HistoryAsync(Article, CancellationToken.None);
        Assert.Equal(2, versions.Count);
        Assert.Equal(("Anna Schmidt", "Ben Weber", true), (versions[1].Change.ChangedBy, versions[1].Change.ApprovedBy, versions[1].IsPublished));
        Assert.Contains(Question, versions[1].Article.Questions);
    }

    [SkippableTheory, MemberData(nameof(KnowledgeStoreHost.Providers), MemberType = typeof(KnowledgeStoreHost))]
    public async Task A_draft_returned_with_a_comment_publishes_nothing_and_the_author_reads_the_comment(string provider)
    {
        using var database = KnowledgeStoreHost.Database(provider);
        await using var host = await RequestsHost.StartAsync(database);
        var (erika, anna, ben) = (host.Channel(TestPerson.Erika), host.Channel(TestPerson.Anna), host.Channel(TestPerson.Ben));
        await host.TextOfTurnAsync(anna, ActivityAssert.Submit(LearnPhrasing.Verb, ("id", Article), ("q", Question)));

        var form = await host.TurnAsync(ben, ActivityAssert.Submit(ReturnDraft.Verb, ("draft", "1")));
        var returned = await host.TextOfTurnAsync(ben, ActivityAssert.Submit(ReturnDraftWithComment.Verb, ("draft", "1"), ("comment", "Bitte zu „mittelabruf“, nicht zu den Formularen.")));
        var typedAgain = await host.TextOfTurnAsync(ben, "Entwurf 1 zurück: noch einmal");

        Assert.Contains(ReturnDraftWithComment.CommentKey, form.SelectMany(ActivityAssert.InputIds));
        Assert.Contains(KnowledgeLearningTexts.Returned.Format(1, KnowledgeLearningTexts.AuthorTold.German), returned);
        Assert.Contains(KnowledgeLearningTexts.AlreadyDecided.Format(1, "Ben Weber", KnowledgeLearningTexts.StateReturned.German), typedAgain);
        Assert.Contains(host.Sender.To(TestPerson.Anna.Key), reply => ReplyText.Of(reply).Contains("Bitte zu „mittelabruf“, nicht zu den Formularen.", StringComparison.Ordinal));
        Assert.Single(await host.Services.GetRequiredService<IKnowledgeStore>().HistoryAsync(Article, CancellationToken.None));
        TextAssert.Contains(KnowledgeTexts.NoAnswerText, await host.TextOfTurnAsync(erika, Question));
    }

    [SkippableTheory, MemberData(nameof(KnowledgeStoreHost.Providers), MemberType = typeof(KnowledgeStoreHost))]
    public async Task Many_phrasings_are_approved_in_one_go_and_each_question_is_then_answered_directly(string provider)
    {
        const string costs = "Welche Kosten werden übernommen? Personal, Sachkosten, Miete?";
        using var database = KnowledgeStoreHost.Database(provider);
        await using var host = await RequestsHost.StartAsync(database);
        var (erika, anna, ben) = (host.Channel(TestPerson.Erika), host.Channel(TestPerson.Anna), host.Channel(TestPerson.Ben));
        // Before: at best offered among others („Meinten Sie …?“), never answered directly.
        var before = await host.TextOfTurnAsync(erika, costs);
        Assert.True(TextAssert.IsIn(KnowledgeTexts.SuggestTitle, before) || TextAssert.IsIn(KnowledgeTexts.NoAnswerText, before), before);
        await host.TextOfTurnAsync(anna, ActivityAssert.Submit(LearnPhrasing.Verb, ("id", Article), ("q", Question)));
        await host.TextOfTurnAsync(anna, ActivityAssert.Submit(LearnPhrasing.Verb, ("id", "foerderfaehige-kosten"), ("q", costs)));

        var drafts = await host.TextOfTurnAsync(ben, "Entwürfe");
        var approved = await host.TextOfTurnAsync(ben, ActivityAssert.Submit(KnowledgeLearningFeature.ApproveAllVerb));

        Assert.Contains(KnowledgeLearningTexts.ApproveAllButton.Format(2), drafts);
        Assert.Contains(KnowledgeLearningTexts.ApprovedAll.Format(2), approved);
        Assert.Empty(await host.Services.GetRequiredService<IKnowledgeDrafts>().OpenDraftsAsync(CancellationToken.None));
        Assert.Equal(2, host.Sender.To(TestPerson.Anna.Key).Count);
        var knowledge = host.Services.GetRequiredService<KnowledgeService>();
        foreach (var (question, article) in new[] { (costs, "foerderfaehige-kosten"), (Question, Article) })
        {
            var answer = await host.TextOfTurnAsync(erika, question);
            Assert.Contains(knowledge.Find(article)!.Title, answer);
            TextAssert.DoesNotContain(KnowledgeTexts.SuggestTitle, answer);
            TextAssert.DoesNotContain(KnowledgeTexts.NoAnswerText, answer);
        }
    }

    [SkippableTheory, MemberData(nameof(KnowledgeStoreHost.Providers), MemberType = typeof(KnowledgeStoreHost))]
    public async Task A_question_dismissed_as_no_question_for_NrwBot_is_not_listed_again_even_when_asked_again(string provider)
    {
        const string offTopic = "Wann ist die Weihnachtsfeier?";
        using var database = KnowledgeStoreHost.Database(provider);
        await using var host = await RequestsHost.StartAsync(database);
        var (erika, carl, anna) = (host.Channel(TestPerson.Erika), host.Channel(TestPerson.Carl), host.Channel(TestPerson.Anna));
        await host.TextOfTurnAsync(erika, offTopic);
        await host.TextOfTurnAsync(erika, Question);

        var learn = await host.TurnAsync(anna, "Lernen");
        var dismiss = learn.SelectMany(ButtonData).Single(data => data["verb"]?.ToString() == DismissQuestion.Verb && data["q"]?.ToString() == offTopic);
        var dismissed = await host.TextOfTurnAsync(anna, ActivityAssert.Submit(DismissQuestion.Verb, ("q", offTopic)));
        await host.TextOfTurnAsync(carl, "wann ist die weihnachtsfeier");
        var learnAgain = await host.TextOfTurnAsync(anna, "Lernen");

        Assert.Contains(KnowledgeLearningTexts.DismissButton.German, RequestsHost.Visible(learn));
        Assert.NotNull(dismiss);
        Assert.Contains(KnowledgeLearningTexts.Dismissed.Format(offTopic), dismissed);
        Assert.DoesNotContain("Weihnachtsfeier", learnAgain, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(KnowledgeLearningTexts.LearnQuestion.Format(Question, 1), learnAgain);
    }

    /// <summary>
    /// What the LKS learns from a question is its text, never who asked: after a question was learned as a phrasing
    /// (proposed, announced, approved) and another one dismissed, no knowledge table and no queued message holds the
    /// asker's name, ids or key — only the question log (which „Meine Daten löschen“ empties) knows who asked.
    /// </summary>
    [SkippableTheory, MemberData(nameof(KnowledgeStoreHost.Providers), MemberType = typeof(KnowledgeStoreHost))]
    public async Task Learned_phrasings_and_dismissed_questions_are_stored_without_the_askers_identity(string provider)
    {
        var asker = new TestPerson("29:1zq-wendelin-5kp", "Wendelin Ostrowicz", "3b7e-wendelin-aad-0077");
        using var database = KnowledgeStoreHost.Database(provider);
        await using var host = await RequestsHost.StartAsync(database);
        var (wendelin, anna, ben) = (host.Channel(asker), host.Channel(TestPerson.Anna), host.Channel(TestPerson.Ben));
        await host.TurnAsync(ben, "Hallo");
        await host.TurnAsync(wendelin, Question);
        await host.TurnAsync(wendelin, "Wann ist die Weihnachtsfeier?");

        await host.TurnAsync(anna, "Lernen");
        await host.TurnAsync(anna, ActivityAssert.Submit(LearnPhrasing.Verb, ("id", Article), ("q", Question)));
        await host.TurnAsync(anna, ActivityAssert.Submit(DismissQuestion.Verb, ("q", "Wann ist die Weihnachtsfeier?")));
        await host.TurnAsync(ben, ActivityAssert.Submit(ApproveDraft.Verb, ("draft", "1")));

        var tables = await DatabaseTables.ReadAllAsync(host.Database);
        var learned = tables.Where(table => table.Key.StartsWith("knowledge_", StringComparison.Ordinal) || table.Key == "outbox").SelectMany(table => table.Value).ToList();
        Assert.Contains(learned, row => row.Contains(Question, StringComparison.Ordinal));
        Assert.Contains(learned, row => row.Contains("Weihnachtsfeier", StringComparison.Ordinal));
        Assert.Contains(learned, row => row.Contains(TestPerson.Ben.Key, StringComparison.Ordinal));
        // The question log knows the asker by a pseudonymous key; nothing learned from it may carry that key either.
        var logged = Assert.Single(tables["questions"], row => row.Contains(Question, StringComparison.Ordinal));
        var pseudonym = System.Text.RegularExpressions.Regex.Match(logged, "UserKey=([^|]+)").Groups[1].Value;
        Assert.NotEmpty(pseudonym);
        foreach (var trace in new[] { asker.Id, asker.AadObjectId, asker.Name, "Wendelin", "Ostrowicz", pseudonym })
            Assert.DoesNotContain(learned, row => row.Contains(trace, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Teams clips long button titles (with up to six buttons a row, after about twenty characters): Lernen's buttons
    /// are short, and the article titles they stand for are in the card text — for open questions, 👎 answers and
    /// the search for another article.
    /// </summary>
    [Fact]
    public async Task Lernen_buttons_are_short_and_the_articles_they_add_to_are_named_in_the_card_text()
    {
        await using var host = await RequestsHost.StartAsync();
        var (erika, anna) = (host.Channel(TestPerson.Erika), host.Channel(TestPerson.Anna));
        await host.TurnAsync(erika, Question);
        var answer = await host.TurnAsync(erika, "Wie rufe ich die Fördermittel ab?");
        await host.TurnAsync(erika, ActivityAssert.Click(answer, KnowledgeFeature.NotHelpfulVerb));

        var learn = await host.TurnAsync(anna, "Lernen");
        var search = await host.TurnAsync(anna, ActivityAssert.Submit(FindArticleForPhrasing.Verb, ("q", Question), ("search", "Formulare Kosten Mittelabruf")));

        var cards = learn.Concat(search).Where(reply => reply is Microsoft.Bot.Schema.IMessageActivity { Attachments.Count: > 0 }).Select(ActivityAssert.Card).ToList();
        var titles = cards.SelectMany(card => card.SelectTokens("actions[*].title")).Select(token => token.ToString()).ToList();
        Assert.Contains(KnowledgeLearningTexts.AddToButton.Format(1), titles);
        Assert.Contains(KnowledgeLearningTexts.DismissButton.German, titles);
        Assert.Contains(ArticleDraftTexts.EditArticleButton.German, titles);
        Assert.All(titles, title => Assert.True(title.Length <= 20, $"„{title}“ is clipped in Teams"));
        var knowledge = host.Services.GetRequiredService<KnowledgeService>();
        foreach (var card in cards)
        {
            var text = card.ToString();
            foreach (var id in card.SelectTokens("actions[*].data").Where(data => data["verb"]?.ToString() == LearnPhrasing.Verb).Select(data => data["id"]!.ToString()))
                Assert.Contains(Newtonsoft.Json.JsonConvert.ToString(knowledge.Find(id)!.Title).Trim('"'), text);
        }
    }

    /// <summary>The data of every button of a reply's card.</summary>
    private static IEnumerable<Newtonsoft.Json.Linq.JObject> ButtonData(Microsoft.Bot.Schema.IActivity activity) =>
        ActivityAssert.Card(activity).SelectTokens("$..actions[*].data").OfType<Newtonsoft.Json.Linq.JObject>();

    [Fact]
    public async Task A_normal_user_is_refused_learning_and_drafts_by_text_and_by_forged_cards_and_nothing_is_stored()
    {
        await using var host = await RequestsHost.StartAsync();
        var (carl, anna) = (host.Channel(TestPerson.Carl), host.Channel(TestPerson.Anna));
        await host.TextOfTurnAsync(anna, ActivityAssert.Submit(LearnPhrasing.Verb, ("id", Article), ("q", Question)));

        var replies = new[]
        {
            await host.TextOfTurnAsync(carl, "Lernen"),
            await host.TextOfTurnAsync(carl, "Entwürfe"),
            await host.TextOfTurnAsync(carl, "Entwurf 1 zurück: weg damit"),
            await host.TextOfTurnAsync(carl, ActivityAssert.Submit(LearnPhrasing.Verb, ("id", "mittelabruf"), ("q", "Wie komme ich an Geld?"))),
            await host.TextOfTurnAsync(carl, ActivityAssert.Submit(ApproveDraft.Verb, ("draft", "1"))),
            await host.TextOfTurnAsync(carl, ActivityAssert.Submit(KnowledgeLearningFeature.ApproveAllVerb)),
            await host.TextOfTurnAsync(carl, ActivityAssert.Submit(DismissQuestion.Verb, ("q", Question))),
            await host.TextOfTurnAsync(carl, ActivityAssert.Submit(ReturnDraftWithComment.Verb, ("draft", "1"), ("comment", "weg"))),
            await host.TextOfTurnAsync(carl, ActivityAssert.Submit(ReturnDraft.Verb, ("draft", "1"))),
            await host.TextOfTurnAsync(carl, ActivityAssert.Submit(ShowDraft.Verb, ("draft", "1"))),
            await host.TextOfTurnAsync(carl, "Entwurf 1"),
            await host.TextOfTurnAsync(carl, ActivityAssert.Submit(SearchArticleForPhrasing.Verb, ("q", Question))),
            await host.TextOfTurnAsync(carl, ActivityAssert.Submit(FindArticleForPhrasing.Verb, ("q", Question), ("search", "Formulare"))),
            await host.TextOfTurnAsync(carl, "Formulierung zu mittelabruf: Wie komme ich an Geld?"),
        };

        Assert.All(replies, reply => Assert.Contains(KnowledgeLearningTexts.NotLks.German, reply));
        Assert.All(replies, reply => Assert.DoesNotContain(Question, reply));
        Assert.Empty(await host.Services.GetRequiredService<IKnowledgeDrafts>().DismissedAsync(CancellationToken.None));
        var open = Assert.Single(await host.Services.GetRequiredService<IKnowledgeDrafts>().OpenDraftsAsync(CancellationToken.None));
        Assert.Equal((Article, DraftState.Open), (open.ArticleId, open.State));
        Assert.Single(await host.Services.GetRequiredService<IKnowledgeStore>().HistoryAsync("mittelabruf", CancellationToken.None));
    }
}
