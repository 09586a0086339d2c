using NrwBot.Tests.Infrastructure;
using NrwBot.Dialogs.Requests.Intake;
using Microsoft.Extensions.Time.Testing;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Knowledge;
using static NrwBot.Tests.Knowledge.KnowledgeFixtures;

namespace NrwBot.Tests.Knowledge;

public class KnowledgeFeatureTests
{
    private static readonly UserRef Anna = new("29:anna", "Anna Beispiel", "aad-anna");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
    private readonly InMemoryQuestionLog _log = new();

    private KnowledgeFeature Feature(KnowledgeBase? knowledgeBase = null) => new(Service(knowledgeBase ?? SmallBase()), _log);

    private FeatureTurn Turn(string text, bool english = false) =>
        new(new TurnInput { Text = text, User = Anna, PrefersEnglish = english }, new ConversationData(), new UserData(), _clock);

    private FeatureTurn Click(string verb, Dictionary<string, string> values) =>
        new(new TurnInput { Verb = verb, Values = values, User = Anna }, new ConversationData(), new UserData(), _clock);

    [Fact]
    public async Task A_clear_question_gets_one_answer_card_with_source_date_forms_feedback_and_sample_note()
    {
        var turn = Turn("Wann ist der Verwendungsnachweis fällig?");

        await Feature().AskAsync(turn, CancellationToken.None);

        var reply = Assert.Single(turn.Replies);
        Assert.Equal("Der Verwendungsnachweis", reply.Title);
        Assert.Contains("Sachbericht", reply.Text);
        Assert.Contains(new ReplyFact(KnowledgeTexts.SourceLabel.German, "Förderrichtlinie (Abschnitt von der LKS zu ergänzen)"), reply.Facts);
        Assert.Contains(new ReplyFact(KnowledgeTexts.ReviewedLabel.German, "01.11.2026"), reply.Facts);
        Assert.Equal("https://www.example.org/verwendungsnachweis.docx", Assert.Single(reply.Links).Url);
        Assert.Equal([KnowledgeFeature.HelpfulVerb, KnowledgeFeature.NotHelpfulVerb], reply.Actions.Select(action => action.Verb));
        var entryId = Assert.Single(_log.Entries).Key;
        // The question rides along, so a 👎 can offer to pass it on.
        Assert.All(reply.Actions, action => Assert.Equal(new Dictionary<string, string> { ["id"] = "verwendungsnachweis", ["qid"] = entryId, ["question"] = "Wann ist der Verwendungsnachweis fällig?" }, action.Data));
        TextAssert.Equal(KnowledgeTexts.SampleNote, reply.Note);
    }

    [Fact]
    public async Task Every_question_is_logged_pseudonymously_with_decision_and_confidence()
    {
        await Feature().AskAsync(Turn("Wann ist der Verwendungsnachweis fällig?"), CancellationToken.None);

        var entry = Assert.Single(_log.Entries).Value;
        Assert.Equal(("verwendungsnachweis", KnowledgeDecision.Answer), (entry.ArticleId, entry.Decision));
        Assert.InRange(entry.Confidence, 0.65, 1.0);
        Assert.Equal(_clock.GetUtcNow(), entry.AskedAt);
        Assert.Equal(PseudonymousUserKey.For(Anna, ""), entry.UserKey);
        Assert.DoesNotContain("anna", entry.UserKey, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_ambiguous_question_offers_articles_and_the_click_opens_one()
    {
        var feature = Feature(AmbiguousBase());
        var turn = Turn("Frist");

        await feature.AskAsync(turn, CancellationToken.None);

        var reply = Assert.Single(turn.Replies);
        TextAssert.Equal(KnowledgeTexts.SuggestTitle, reply.Title);
        var offered = reply.Actions.Where(action => action.Verb == OpenArticle.Verb).ToList();
        Assert.InRange(offered.Count, 2, 3);
        Assert.Equal([RequestFromQuestion.Verb, NrwBot.Dialogs.Network.AskNetwork.Verb], reply.Actions.TakeLast(2).Select(action => action.Verb));
        var (entryId, entry) = Assert.Single(_log.Entries);
        Assert.Equal(KnowledgeDecision.Suggest, entry.Decision);

        var click = Click(OpenArticle.Verb, offered[1].Data!.ToDictionary());
        await feature.OpenAsync(click, OpenArticle.Bind(click.Input.Values)!, CancellationToken.None);

        var card = Assert.Single(click.Replies);
        Assert.Equal(offered[1].Label, card.Title);
        Assert.Equal(offered[1].Data!["id"], _log.FollowUps[entryId]);
        Assert.Contains(card.Actions, action => action.Verb == KnowledgeFeature.HelpfulVerb && action.Data!["qid"] == entryId);
    }

    [Fact]
    public async Task An_unknown_question_says_so_names_the_LKS_and_offers_to_forward_it()
    {
        var turn = Turn("Wie wird das Wetter in Köln?");

        await Feature().AskAsync(turn, CancellationToken.None);

        var reply = Assert.Single(turn.Replies);
        TextAssert.Equal(KnowledgeTexts.NoAnswerText, reply.Text);
        Assert.Contains("LKS", reply.Text);
        // Passed on to the LKS, or asked in the network: both carry the question.
        Assert.Equal([RequestFromQuestion.Verb, NrwBot.Dialogs.Network.AskNetwork.Verb], reply.Actions.Select(action => action.Verb));
        Assert.All(reply.Actions, action => Assert.Equal("Wie wird das Wetter in Köln?", action.Data![RequestFromQuestion.QuestionKey]));
        var entry = Assert.Single(_log.Entries).Value;
        Assert.Equal((null, KnowledgeDecision.None), (entry.ArticleId, entry.Decision));
    }

    [Theory]
    [InlineData(KnowledgeFeature.HelpfulVerb, KnowledgeFeedback.Helpful)]
    [InlineData(KnowledgeFeature.NotHelpfulVerb, KnowledgeFeedback.NotHelpful)]
    public async Task Feedback_is_recorded_on_the_question_it_belongs_to(string verb, KnowledgeFeedback expected)
    {
        var thanks = expected == KnowledgeFeedback.Helpful ? KnowledgeTexts.ThanksHelpful : KnowledgeTexts.ThanksNotHelpful;
        var feature = Feature();
        var ask = Turn("Wann ist der Verwendungsnachweis fällig?");
        await feature.AskAsync(ask, CancellationToken.None);
        var button = ask.Replies[0].Actions.Single(action => action.Verb == verb);

        var click = Click(verb, button.Data!.ToDictionary());
        await (verb == KnowledgeFeature.HelpfulVerb ? feature.HelpfulAsync(click, CancellationToken.None) : feature.NotHelpfulAsync(click, CancellationToken.None));

        Assert.Equal(expected, _log.Feedback[button.Data!["qid"]]);
        Assert.Equal(thanks.German, Assert.Single(click.Replies).Text);
    }

    [Fact]
    public async Task An_expired_article_is_shown_only_with_a_warning_and_not_as_a_confident_answer()
    {
        var turn = Turn("Wie rufe ich Geld ab?");

        await Feature(SmallBase(mittelabrufValidUntil: new DateOnly(2026, 6, 30))).AskAsync(turn, CancellationToken.None);

        var reply = Assert.Single(turn.Replies);
        Assert.Equal("Mittelabruf", reply.Title);
        Assert.StartsWith(KnowledgeTexts.OutdatedWarning.Format("30.06.2026"), reply.Text);
        Assert.Equal(KnowledgeDecision.Suggest, Assert.Single(_log.Entries).Value.Decision);
    }

    [Fact]
    public async Task English_questions_get_English_framing_around_the_German_article()
    {
        var answer = Turn("Verwendungsnachweis Frist", english: true);
        var unknown = Turn("What is the weather like?", english: true);

        await Feature().AskAsync(answer, CancellationToken.None);
        await Feature().AskAsync(unknown, CancellationToken.None);

        TextAssert.StartsWith(KnowledgeTexts.GermanOnly, answer.Replies[0].Text, english: true);
        Assert.Contains(new ReplyFact(KnowledgeTexts.ReviewedLabel.English!, "1 November 2026"), answer.Replies[0].Facts);
        TextAssert.Equal(KnowledgeTexts.SampleNote, answer.Replies[0].Note, english: true);
        TextAssert.Equal(KnowledgeTexts.NoAnswerText, unknown.Replies[0].Text, english: true);
        TextAssert.Equal(KnowledgeTexts.ForwardButton, unknown.Replies[0].Actions[0].Label, english: true);
    }

    [Fact]
    public async Task Opening_an_article_that_no_longer_exists_says_so()
    {
        var click = Click(OpenArticle.Verb, new() { ["id"] = "gibt-es-nicht", ["qid"] = "1" });

        await Feature().OpenAsync(click, OpenArticle.Bind(click.Input.Values)!, CancellationToken.None);

        TextAssert.Equal(KnowledgeTexts.ArticleGone, Assert.Single(click.Replies).Text);
    }

    /// <summary>Three articles that all mention a deadline, none in its title: "Frist" alone cannot decide.</summary>
    private static KnowledgeBase AmbiguousBase() => new(
    [
        Article("vn", "Verwendungsnachweis", "Die Frist für den Nachweis steht im Bescheid.", ["Was gehört in den Nachweis?", "Sachbericht?", "Belege?"]),
        Article("antrag", "Antragstellung", "Die Frist für den Antrag nennt der Förderaufruf.", ["Wie stelle ich den Antrag?", "Unterlagen?", "Wo einreichen?"]),
        Article("abruf", "Mittelabruf", "Die Frist für den Abruf nennt die Bewilligungsbehörde.", ["Wie rufe ich ab?", "Wann anfordern?", "Zinsen?"]),
    ], []);
}
