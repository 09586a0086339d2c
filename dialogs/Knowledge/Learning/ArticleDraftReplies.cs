using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Requests;

namespace NrwBot.Dialogs.Knowledge.Learning;

/// <summary>What the LKS sees of article drafts: the answer to „Entwurf speichern“, and a draft as a preview (in „Entwürfe“ and when someone else is editing).</summary>
public sealed class ArticleDraftReplies(KnowledgeService knowledge)
{
    public Task SendProposedAsync(FeatureTurn turn, ProposeOutcome outcome, string articleId, ArticleDraftContent content, CancellationToken cancellationToken)
    {
        var title = SafeText.Escape(content.Title);
        switch (outcome.Result)
        {
            case ProposeResult.Created:
                turn.Send(ArticleDraftTexts.Saved.Format(outcome.Draft!.Id, title));
                break;
            case ProposeResult.Replaced:
                turn.Send(ArticleDraftTexts.Replaced.Format(outcome.Draft!.Id, title));
                break;
            case ProposeResult.BeingEdited:
                var other = outcome.Draft!;
                turn.Send(ArticleDraftTexts.BeingEdited.Format(title, SafeText.Escape(other.Author.Name), other.Id, GermanTime.DateAndTime(other.CreatedAt)));
                turn.Send(Preview(other, withButtons: false));
                break;
            case ProposeResult.ChangedMeanwhile:
                turn.Send(new Reply
                {
                    Text = ArticleDraftTexts.ChangedMeanwhile.Format(title, outcome.CurrentVersion),
                    Actions = [CardActions.Button(ArticleDraftTexts.EditAgain.German, new EditArticle(articleId))],
                });
                break;
            case ProposeResult.ArticleExists:
                turn.Send(ArticleDraftTexts.ArticleExists.Format(articleId));
                break;
            case ProposeResult.UsedElsewhere:
                turn.Send(KnowledgeLearningTexts.UsedElsewhere.Format(SafeText.Escape(QuestionOf(content, outcome.OtherArticleId)), Title(outcome.OtherArticleId!)));
                break;
            default:
                turn.Send(ArticleDraftTexts.UnknownArticle.Format(SafeText.Escape(articleId)));
                break;
        }
        return Task.CompletedTask;
    }

    /// <summary>An article draft for review: what it is, the answer as it would read, and its questions, source and forms.</summary>
    public Reply Preview(KnowledgeDraft draft, bool withButtons, bool own = false)
    {
        var content = draft.Content!;
        var kind = draft.Kind == DraftKind.NewArticle ? ArticleDraftTexts.KindNew.German : ArticleDraftTexts.KindChange.Format(draft.BaseVersion);
        var facts = new List<ReplyFact>
        {
            new(ArticleDraftTexts.QuestionsLabel.German, SafeText.Escape(string.Join(" · ", content.Questions))),
            new(ArticleDraftTexts.SourceLabel.German, SafeText.Escape(content.Source)),
        };
        if (content.Forms.Count > 0) facts.Add(new(ArticleDraftTexts.FormsLabel.German, SafeText.Escape(string.Join(", ", content.Forms.Select(form => form.Name)))));
        if (content.ValidUntil is { } until) facts.Add(new(ArticleDraftTexts.ValidUntilLabel.German, GermanTime.Date(until)));
        return new Reply
        {
            Title = ArticleDraftTexts.DraftArticleLine.Format(draft.Id, SafeText.Escape(draft.Author.Name), GermanTime.DateAndTime(draft.CreatedAt), kind,
                SafeText.Escape(content.Title), draft.ArticleId),
            // The answer is the LKS's own Markdown, shown as it will be published.
            Text = content.Body,
            Facts = facts,
            Note = own ? KnowledgeLearningTexts.OwnDraftHint.German : null,
            Actions = withButtons && !own
                ? [CardActions.Button(KnowledgeLearningTexts.ApproveButton.German, new ApproveDraft(draft.Id)), CardActions.Button(KnowledgeLearningTexts.ReturnButton.German, new ReturnDraft(draft.Id))]
                : [],
        };
    }

    private string Title(string articleId) => SafeText.Escape(knowledge.Find(articleId)?.Title ?? articleId);

    private string QuestionOf(ArticleDraftContent content, string? otherArticleId) =>
        otherArticleId is not null && knowledge.Find(otherArticleId) is { } other
            ? content.Questions.FirstOrDefault(question => other.Questions.Any(known => Language.GermanText.FoldText(known) == Language.GermanText.FoldText(question))) ?? content.Questions[0]
            : content.Questions[0];
}
