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
        if (english) lead.Add(KnowledgeTexts.EnGermanOnly);
        if (outdated) lead.Add(string.Format(english ? KnowledgeTexts.EnOutdatedWarning : KnowledgeTexts.OutdatedWarning, FormatDate(article.ValidUntil!.Value, english)));
        var facts = new List<ReplyFact>
        {
            new(english ? KnowledgeTexts.EnSourceLabel : KnowledgeTexts.SourceLabel, article.Source),
            new(english ? KnowledgeTexts.EnReviewedLabel : KnowledgeTexts.ReviewedLabel, FormatDate(article.Reviewed, english)),
        };
        if (article.ValidUntil is { } until)
            facts.Add(new(english ? KnowledgeTexts.EnValidUntilLabel : KnowledgeTexts.ValidUntilLabel, FormatDate(until, english)));
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
                hit.Article.Title + (hit.Article.IsExpiredOn(today) ? (english ? KnowledgeTexts.EnSuggestOutdatedSuffix : KnowledgeTexts.SuggestOutdatedSuffix) : ""),
                new OpenArticle(hit.Article.Id, entryId)))
            .Append(ForwardAction(question, english))
            .ToList();
        return new Reply
        {
            Title = english ? KnowledgeTexts.EnSuggestTitle : KnowledgeTexts.SuggestTitle,
            Text = (english ? KnowledgeTexts.EnSuggestText : KnowledgeTexts.SuggestText) + "\n\n" + (english ? KnowledgeTexts.EnSuggestForwardHint : KnowledgeTexts.SuggestForwardHint),
            Actions = actions,
        };
    }

    public static Reply NoAnswer(string question, bool english) => new()
    {
        Text = english ? KnowledgeTexts.EnNoAnswerText : KnowledgeTexts.NoAnswerText,
        Actions = [ForwardAction(question, english)],
    };

    public static Reply Thanks(KnowledgeFeedback feedback, bool english) => Reply.Plain(feedback == KnowledgeFeedback.Helpful
        ? english ? KnowledgeTexts.EnThanksHelpful : KnowledgeTexts.ThanksHelpful
        : english ? KnowledgeTexts.EnThanksNotHelpful : KnowledgeTexts.ThanksNotHelpful);

    public static Reply NotYourQuestion(bool english) => Reply.Plain(english ? KnowledgeTexts.EnNotYourQuestion : KnowledgeTexts.NotYourQuestion);

    public static Reply ArticleGone(bool english) => Reply.Plain(english ? KnowledgeTexts.EnArticleGone : KnowledgeTexts.ArticleGone);

    private static List<ReplyAction> FeedbackActions(string articleId, string entryId, bool english)
    {
        var data = new OpenArticle(articleId, entryId).Data;
        return
        [
            new(english ? KnowledgeTexts.EnHelpfulButton : KnowledgeTexts.HelpfulButton, KnowledgeFeature.HelpfulVerb, data),
            new(english ? KnowledgeTexts.EnNotHelpfulButton : KnowledgeTexts.NotHelpfulButton, KnowledgeFeature.NotHelpfulVerb, data),
        ];
    }

    /// <summary>The request feature takes the question over; the text is the user's own, so it is not escaped here but where it is shown.</summary>
    private static ReplyAction ForwardAction(string question, bool english) => CardActions.Button(
        english ? KnowledgeTexts.EnForwardButton : KnowledgeTexts.ForwardButton,
        new RequestFromQuestion(question));

    private static string? StatusNote(ContentStatus status, bool english) => status switch
    {
        ContentStatus.Beispiel => english ? KnowledgeTexts.EnSampleNote : KnowledgeTexts.SampleNote,
        ContentStatus.Entwurf => english ? KnowledgeTexts.EnDraftNote : KnowledgeTexts.DraftNote,
        _ => null,
    };

    private static string FormatDate(DateOnly date, bool english) =>
        date.ToString(english ? "d MMMM yyyy" : "dd.MM.yyyy", english ? CultureInfo.GetCultureInfo("en-GB") : CultureInfo.GetCultureInfo("de-DE"));
}
