using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Lks;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// Answers free-text questions from the knowledge base: one answer card when confident, "Meinten Sie …?" when
/// several articles fit, and an honest "I don't know" that names the LKS otherwise. Every question is logged
/// (pseudonymously) with the decision, and 👍 / 👎 and opened suggestions are added to its log entry.
/// </summary>
public sealed class KnowledgeFeature(KnowledgeService knowledge, IQuestionLog log, ILksContacts? lks = null)
{
    public const string OpenVerb = "kb.open";
    public const string HelpfulVerb = "kb.up";
    public const string NotHelpfulVerb = "kb.down";

    /// <summary>A button that asks the knowledge base a question on the user's behalf (data key "text").</summary>
    public const string AskVerb = "kb.ask";

    /// <summary>Handled by the request feature: it offers to send the question to the LKS.</summary>
    public const string ForwardVerb = "requests.fromquestion";

    public async Task AskAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var question = turn.Input.Text.Trim();
        var today = KnowledgeService.LocalDate(turn.Now);
        var answer = knowledge.Ask(question, today);
        var entryId = await log.RecordAsync(new QuestionLogEntry(
            PseudonymousUserKey.For(turn.Input.User, knowledge.Options.UserKeySalt),
            question,
            answer.Decision == KnowledgeDecision.None ? null : answer.Best?.Article.Id,
            answer.Decision,
            Math.Round(answer.Best?.Confidence ?? 0, 3),
            turn.Now), cancellationToken);
        turn.Send(ReplyFor(answer, entryId, question, today, turn.Input.PrefersEnglish));
        // When the knowledge base has nothing, a person at the LKS does: offer the right one for the topic.
        if (answer.Decision == KnowledgeDecision.None && lks is not null) turn.Send(lks.OfferHuman(question));
    }

    public Task AskFromButtonAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        turn.Rewrite(turn.Input with { Text = turn.Input.Value("text") ?? "", Verb = null });
        return AskAsync(turn, cancellationToken);
    }

    public async Task OpenAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var english = turn.Input.PrefersEnglish;
        if (turn.Input.Value("id") is not { } id || knowledge.Find(id) is not { } article)
        {
            turn.Send(KnowledgeReplies.ArticleGone(english));
            return;
        }
        var entryId = turn.Input.Value("qid");
        if (entryId is not null) await log.RecordFollowUpAsync(entryId, article.Id, cancellationToken);
        turn.Send(KnowledgeReplies.Article(article, entryId, english, article.IsExpiredOn(KnowledgeService.LocalDate(turn.Now))));
    }

    public Task HelpfulAsync(FeatureTurn turn, CancellationToken cancellationToken) => FeedbackAsync(turn, KnowledgeFeedback.Helpful, cancellationToken);

    public Task NotHelpfulAsync(FeatureTurn turn, CancellationToken cancellationToken) => FeedbackAsync(turn, KnowledgeFeedback.NotHelpful, cancellationToken);

    /// <summary>Articles past their valid_until, for the LKS digest.</summary>
    public IReadOnlyList<KnowledgeArticle> ExpiredArticles(DateTimeOffset now) => knowledge.ExpiredArticles(KnowledgeService.LocalDate(now));

    private async Task FeedbackAsync(FeatureTurn turn, KnowledgeFeedback feedback, CancellationToken cancellationToken)
    {
        if (turn.Input.Value("qid") is { } entryId) await log.RecordFeedbackAsync(entryId, feedback, cancellationToken);
        turn.Send(KnowledgeReplies.Thanks(feedback, turn.Input.PrefersEnglish));
    }

    private static Reply ReplyFor(KnowledgeAnswer answer, string entryId, string question, DateOnly today, bool english) => answer switch
    {
        { Decision: KnowledgeDecision.Answer, Best: { } best } => KnowledgeReplies.Article(best.Article, entryId, english, outdated: false),
        { IsOutdated: true, Best: { } best } => KnowledgeReplies.Article(best.Article, entryId, english, outdated: true),
        { Decision: KnowledgeDecision.Suggest } => KnowledgeReplies.Suggestions(answer.Suggestions, entryId, question, today, english),
        _ => KnowledgeReplies.NoAnswer(question, english),
    };
}
