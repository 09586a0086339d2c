using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Lks;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// Answers free-text questions from the knowledge base: one answer card when confident, "Meinten Sie …?" when
/// several articles fit, and an honest "I don't know" that names the LKS otherwise. Every question is logged
/// (pseudonymously) with the decision, and 👍 / 👎 and opened suggestions are added to its log entry.
/// </summary>
public sealed class KnowledgeFeature(KnowledgeService knowledge, IQuestionLog log, ILksContacts? lks = null,
    IEnumerable<IAnswerSupplement>? supplements = null, IEnumerable<IQuestionSupplement>? questionSupplements = null)
{
    public const string HelpfulVerb = "kb.up";
    public const string NotHelpfulVerb = "kb.down";

    public async Task AskAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var question = turn.Input.Text.Trim();
        var today = KnowledgeService.LocalDate(turn.Now);
        var answer = knowledge.Ask(question, today);
        if (answer.Decision != KnowledgeDecision.Answer && SeveralAnswers(question, today) is { } parts)
        {
            // Each question of the message answered on its own, each logged on its own (its 👍/👎 belong to it).
            foreach (var (part, partAnswer) in parts) await AnswerAsync(turn, part, partAnswer, today, cancellationToken);
            return;
        }
        await AnswerAsync(turn, question, answer, today, cancellationToken);
    }

    /// <summary>
    /// A message of several questions whose parts each get a confident answer from different articles; null when
    /// the message is one question, or a part has no confident answer (then the message is answered as a whole).
    /// </summary>
    private List<(string Part, KnowledgeAnswer Answer)>? SeveralAnswers(string question, DateOnly today)
    {
        var parts = QuestionParts.Of(question);
        if (parts.Count < 2) return null;
        // Judged, not asked: the message was counted once as an asked question already.
        var answers = parts.Select(part => (Part: part, Answer: knowledge.Judge(part, today))).ToList();
        var confident = answers.All(entry => entry.Answer.Decision == KnowledgeDecision.Answer)
            && answers.Select(entry => entry.Answer.Best?.Article.Id).Distinct().Count() == answers.Count;
        return confident ? answers : null;
    }

    private async Task AnswerAsync(FeatureTurn turn, string question, KnowledgeAnswer answer, DateOnly today, CancellationToken cancellationToken)
    {
        var entryId = await log.RecordAsync(new QuestionLogEntry(
            AskerKey(turn),
            question,
            answer.Decision == KnowledgeDecision.None ? null : answer.Best?.Article.Id,
            answer.Decision,
            Math.Round(answer.Best?.Confidence ?? 0, 3),
            turn.Now,
            turn.User.Profile?.Region), cancellationToken);
        turn.Send(ReplyFor(answer, entryId, question, today, turn.Input.PrefersEnglish));
        if ((answer.Decision == KnowledgeDecision.Answer || answer.IsOutdated) && answer.Best is { } answered)
            await SupplementAsync(answered.Article.Id, turn, cancellationToken);
        // When the knowledge base has nothing, a person at the LKS does: offer the right one for the topic.
        if (answer.Decision == KnowledgeDecision.None && lks is not null) turn.Send(lks.OfferHuman(question));
        foreach (var supplement in questionSupplements ?? [])
            if (await supplement.ForQuestionAsync(question, turn, cancellationToken) is { } reply) turn.Send(reply);
    }

    /// <summary>Whether the text would get a confident answer (not a suggestion list); judged without logging or counting, so the
    /// router can tell a question from an answer to a running flow's question.</summary>
    public bool IsConfident(FeatureTurn turn) =>
        knowledge.Judge(turn.Input.Text.Trim(), KnowledgeService.LocalDate(turn.Now)).Decision == KnowledgeDecision.Answer;

    public Task AskFromButtonAsync(FeatureTurn turn, AskQuestion ask, CancellationToken cancellationToken)
    {
        turn.Rewrite(turn.Input with { Text = ask.Text, Verb = null });
        return AskAsync(turn, cancellationToken);
    }

    public async Task OpenAsync(FeatureTurn turn, OpenArticle open, CancellationToken cancellationToken)
    {
        var english = turn.Input.PrefersEnglish;
        if (knowledge.Find(open.Id) is not { } article)
        {
            turn.Send(KnowledgeReplies.ArticleGone(english));
            return;
        }
        var entryId = open.QuestionId;
        // Someone else's question id (a forged or forwarded card): the article is public, the log entry is not touched
        // and the buttons under the article are not bound to it.
        if (entryId is not null && !await log.RecordFollowUpAsync(entryId, AskerKey(turn), article.Id, cancellationToken)) entryId = null;
        turn.Send(KnowledgeReplies.Article(article, entryId, english, article.IsExpiredOn(KnowledgeService.LocalDate(turn.Now))));
        await SupplementAsync(article.Id, turn, cancellationToken);
    }

    private async Task SupplementAsync(string articleId, FeatureTurn turn, CancellationToken cancellationToken)
    {
        foreach (var supplement in supplements ?? [])
            if (await supplement.ForArticleAsync(articleId, turn, cancellationToken) is { } reply) turn.Send(reply);
    }

    public Task HelpfulAsync(FeatureTurn turn, CancellationToken cancellationToken) => FeedbackAsync(turn, KnowledgeFeedback.Helpful, cancellationToken);

    public Task NotHelpfulAsync(FeatureTurn turn, CancellationToken cancellationToken) => FeedbackAsync(turn, KnowledgeFeedback.NotHelpful, cancellationToken);

    /// <summary>Articles past their valid_until, for the LKS digest.</summary>
    public IReadOnlyList<KnowledgeArticle> ExpiredArticles(DateTimeOffset now) => knowledge.ExpiredArticles(KnowledgeService.LocalDate(now));

    private async Task FeedbackAsync(FeatureTurn turn, KnowledgeFeedback feedback, CancellationToken cancellationToken)
    {
        if (turn.Input.Value(OpenArticle.QuestionIdKey) is { } entryId && !await log.RecordFeedbackAsync(entryId, AskerKey(turn), feedback, cancellationToken))
        {
            turn.Send(KnowledgeReplies.NotYourQuestion(turn.Input.PrefersEnglish));
            return;
        }
        // After a 👎 the thanks carry the optional „Was hat gefehlt?“ field (cards only; text channels just get the thanks).
        var question = turn.Input.Value(Network.AskNetwork.QuestionKey);
        turn.Send(feedback == KnowledgeFeedback.NotHelpful && turn.Input.Value(OpenArticle.QuestionIdKey) is { } id && turn.Input.ChannelHasCards
            ? KnowledgeReplies.AskWhatWasMissing(id, question, turn.Input.PrefersEnglish)
            : KnowledgeReplies.Thanks(feedback, question, turn.Input.PrefersEnglish));
    }

    /// <summary>The comment after a 👎, stored on the asker's own log entry (shown to the LKS under „Lernen“).</summary>
    public async Task CommentAsync(FeatureTurn turn, FeedbackComment comment, CancellationToken cancellationToken)
    {
        var english = turn.Input.PrefersEnglish;
        if (comment.Comment.Length == 0) return;
        turn.Send(await log.RecordFeedbackCommentAsync(comment.QuestionId, AskerKey(turn), comment.Comment, cancellationToken)
            ? Reply.Plain(KnowledgeTexts.MissingThanks.In(english))
            : KnowledgeReplies.NotYourQuestion(english));
    }

    /// <summary>The key the question log knows the user by; an entry is theirs only when it was recorded with it.</summary>
    private string AskerKey(FeatureTurn turn) => PseudonymousUserKey.For(turn.Input.User, knowledge.Options.UserKeySalt);

    private static Reply ReplyFor(KnowledgeAnswer answer, string entryId, string question, DateOnly today, bool english) => answer switch
    {
        { Decision: KnowledgeDecision.Answer, Best: { } best } => KnowledgeReplies.Article(best.Article, entryId, english, outdated: false, question),
        { IsOutdated: true, Best: { } best } => KnowledgeReplies.Article(best.Article, entryId, english, outdated: true, question),
        { Decision: KnowledgeDecision.Suggest } => KnowledgeReplies.Suggestions(answer.Suggestions, entryId, question, today, english),
        _ => KnowledgeReplies.NoAnswer(question, english),
    };
}
