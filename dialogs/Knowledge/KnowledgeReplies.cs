using NrwBot.Dialogs.Requests.Intake;
using System.Globalization;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Content;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>The replies of the knowledge feature, in German or (labels and framing only) English.</summary>
internal static class KnowledgeReplies
{
    public static Reply Article(KnowledgeArticle article, string? entryId, bool english, bool outdated)
    {
        var lead = new List<string>();
        if (english) lead.Add(KnowledgeTexts.GermanOnly.In(english));
        if (outdated) lead.Add(KnowledgeTexts.OutdatedWarning.Format(english, FormatDate(article.ValidUntil!.Value, english)));
        var facts = new List<ReplyFact>
        {
            new(KnowledgeTexts.SourceLabel.In(english), article.Source),
            new(KnowledgeTexts.ReviewedLabel.In(english), FormatDate(article.Reviewed, english)),
        };
        if (article.ValidUntil is { } until)
            facts.Add(new(KnowledgeTexts.ValidUntilLabel.In(english), FormatDate(until, english)));
        return new Reply
        {
            Title = article.Title,
            Text = string.Join("\n\n", [.. lead, article.Body]),
            Facts = facts,
            Links = article.Forms.Select(form => new ReplyLink(form.Name, form.Url)).ToList(),
            Actions = entryId is null ? [] : FeedbackActions(article.Id, entryId, english),
            Note = StatusNote(article.Status, english),
        };
    }

    public static Reply Suggestions(IReadOnlyList<KnowledgeHit> hits, string entryId, string question, DateOnly today, bool english)
    {
        var actions = hits.Select(hit => CardActions.Button(
                hit.Article.Title + (hit.Article.IsExpiredOn(today) ? KnowledgeTexts.SuggestOutdatedSuffix.In(english) : ""),
                new OpenArticle(hit.Article.Id, entryId)))
            .Append(ForwardAction(question, english))
            .ToList();
        return new Reply
        {
            Title = KnowledgeTexts.SuggestTitle.In(english),
            Text = KnowledgeTexts.SuggestText.In(english) + "\n\n" + KnowledgeTexts.SuggestForwardHint.In(english),
            Actions = actions,
        };
    }

    public static Reply NoAnswer(string question, bool english) => new()
    {
        Text = KnowledgeTexts.NoAnswerText.In(english),
        Actions = [ForwardAction(question, english)],
    };

    public static Reply Thanks(KnowledgeFeedback feedback, bool english) => Reply.Plain(feedback == KnowledgeFeedback.Helpful
        ? KnowledgeTexts.ThanksHelpful.In(english)
        : KnowledgeTexts.ThanksNotHelpful.In(english));

    /// <summary>The thanks after a 👎 with the optional „Was hat gefehlt?“ form.</summary>
    public static Reply AskWhatWasMissing(string questionId, bool english) => Thanks(KnowledgeFeedback.NotHelpful, english) with
    {
        Form = new ReplyForm(FeedbackComment.Verb, KnowledgeTexts.MissingSend.In(english),
        [
            new FormInput(FeedbackComment.CommentKey, KnowledgeTexts.MissingLabel.In(english), FormInputKind.MultilineText) { Required = true },
        ])
        {
            Data = new Dictionary<string, string> { [OpenArticle.QuestionIdKey] = questionId },
        },
    };

    public static Reply NotYourQuestion(bool english) => Reply.Plain(KnowledgeTexts.NotYourQuestion.In(english));

    public static Reply ArticleGone(bool english) => Reply.Plain(KnowledgeTexts.ArticleGone.In(english));

    private static List<ReplyAction> FeedbackActions(string articleId, string entryId, bool english)
    {
        var data = new OpenArticle(articleId, entryId).Data;
        return
        [
            new(KnowledgeTexts.HelpfulButton.In(english), KnowledgeFeature.HelpfulVerb, data),
            new(KnowledgeTexts.NotHelpfulButton.In(english), KnowledgeFeature.NotHelpfulVerb, data),
        ];
    }

    /// <summary>The request feature takes the question over; the text is the user's own, so it is not escaped here but where it is shown.</summary>
    private static ReplyAction ForwardAction(string question, bool english) => CardActions.Button(
        KnowledgeTexts.ForwardButton.In(english),
        new RequestFromQuestion(question));

    private static string? StatusNote(ContentStatus status, bool english) => status switch
    {
        ContentStatus.Beispiel => KnowledgeTexts.SampleNote.In(english),
        ContentStatus.Entwurf => KnowledgeTexts.DraftNote.In(english),
        _ => null,
    };

    private static string FormatDate(DateOnly date, bool english) =>
        date.ToString(english ? "d MMMM yyyy" : "dd.MM.yyyy", english ? CultureInfo.GetCultureInfo("en-GB") : CultureInfo.GetCultureInfo("de-DE"));
}
