using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Lks;
using NrwBot.Dialogs.Requests;

namespace NrwBot.Dialogs.Knowledge.Learning;

/// <summary>
/// Four eyes need a second pair that knows: every other LKS member learns in the personal chat that a draft waits
/// for approval, with a button that opens it („Entwurf ansehen“ → Freigeben / Zurück mit Kommentar). The author is
/// not told of their own draft. The notice names neither the author nor anyone who asked the question (it is stored
/// in each reviewer's outbox); who wrote the draft shows when it is opened.
/// </summary>
public sealed class DraftNotices(ILksMembership lks, KnowledgeService knowledge)
{
    public async Task<DraftNotice> ForAsync(RequestActor author, CancellationToken cancellationToken)
    {
        var reviewers = (await lks.MembersAsync(cancellationToken))
            .Where(member => member.Key is not null && !member.IsSamePerson(author))
            .Select(member => member.Key!).Distinct(StringComparer.Ordinal).ToList();
        return new DraftNotice(reviewers, Message);
    }

    public Reply Message(KnowledgeDraft draft) => new()
    {
        Title = KnowledgeLearningTexts.NoticeTitle.Format(draft.Id),
        Text = draft.Kind == DraftKind.Phrasing
            ? KnowledgeLearningTexts.NoticePhrasing.Format(SafeText.Escape(draft.Phrasing), SafeText.Escape(knowledge.Find(draft.ArticleId)?.Title ?? draft.ArticleId))
            : KnowledgeLearningTexts.NoticeArticle.Format(
                draft.Kind == DraftKind.NewArticle ? ArticleDraftTexts.KindNew.German : ArticleDraftTexts.KindChange.Format(draft.BaseVersion),
                SafeText.Escape(draft.Phrasing), draft.ArticleId),
        Note = KnowledgeLearningTexts.NoticeNote.German,
        Actions = [CardActions.Button(KnowledgeLearningTexts.OpenDraftButton.German, new ShowDraft(draft.Id)) with { TypedCommand = KnowledgeLearningTexts.OpenDraftTyped.Format(draft.Id) }],
    };
}
