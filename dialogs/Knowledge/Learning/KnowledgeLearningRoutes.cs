using NrwBot.Dialogs.Lks;
using NrwBot.Dialogs.Routing;

namespace NrwBot.Dialogs.Knowledge.Learning;

/// <summary>Adds „Lernen“ and the drafts to the route table: one LKS group behind <see cref="LksGuard"/>.</summary>
public static class KnowledgeLearningRoutes
{
    public static RouteTable AddKnowledgeLearning(this RouteTable routes, KnowledgeLearningFeature learning, ArticleDraftFeature articles, LksGuard lks) =>
        routes.Group(lks.RefusingWith(turn => turn.Send(KnowledgeLearningTexts.NotLks.In(turn.Input.PrefersEnglish))))
            .Command(KnowledgeLearningPatterns.NewArticleWords, articles.NewAsync)
            .Action<DraftArticleForQuestion>(articles.NewForQuestionAsync)
            .Action<EditArticle>(articles.EditAsync)
            .Action<DraftArticleFromRequest>(articles.FromRequestAsync)
            .Pattern(KnowledgeLearningPatterns.EditArticlePattern, articles.EditTypedAsync)
            .Pattern(KnowledgeLearningPatterns.FromNetworkPattern, articles.FromNetworkAsync)
            .Command(KnowledgeLearningTexts.LearnWords, learning.LearnAsync)
            .Verb(KnowledgeLearningFeature.LearnVerb, learning.LearnAsync)
            .Command(KnowledgeLearningTexts.DraftsWords, learning.DraftsAsync)
            .Action<LearnPhrasing>(learning.ProposeAsync)
            .Action<SearchArticleForPhrasing>(learning.SearchFormAsync)
            .Action<FindArticleForPhrasing>(learning.SearchAsync)
            .Pattern(KnowledgeLearningPatterns.PhrasingPattern, learning.ProposeTypedAsync)
            .Action<DismissQuestion>(learning.DismissAsync)
            .Action<ShowDraft>(learning.ShowDraftAsync)
            .Pattern(KnowledgeLearningPatterns.ShowDraftPattern, learning.ShowDraftTypedAsync)
            .Action<ApproveDraft>(learning.ApproveAsync)
            .Verb(KnowledgeLearningFeature.ApproveAllVerb, learning.ApproveAllAsync)
            .Action<ReturnDraft>(learning.ReturnFormAsync)
            .Action<ReturnDraftWithComment>(learning.ReturnSubmitAsync)
            .Pattern(KnowledgeLearningPatterns.ReturnPattern, learning.ReturnTypedAsync)
            .Table
            .Flow(articles.Flow);
}
