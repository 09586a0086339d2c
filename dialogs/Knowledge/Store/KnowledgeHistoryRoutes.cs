using NrwBot.Dialogs.Lks;
using NrwBot.Dialogs.Routing;

namespace NrwBot.Dialogs.Knowledge.Store;

/// <summary>Adds the knowledge base's history and rollback to the route table: one LKS group behind <see cref="LksGuard"/>.</summary>
public static class KnowledgeHistoryRoutes
{
    public static RouteTable AddKnowledgeHistory(this RouteTable routes, KnowledgeHistoryFeature history, LksGuard lks) =>
        routes.Group(lks.RefusingWith(turn => turn.Send(KnowledgeStoreTexts.NotLks.In(turn.Input.PrefersEnglish))))
            .Action<RollbackArticle>(history.RollbackButtonAsync)
            .Action<ConfirmRollback>(history.ConfirmAsync)
            .Verb(KnowledgeHistoryFeature.CancelVerb, history.CancelAsync)
            .Pattern(KnowledgeHistoryFeature.HistoryPattern, history.HistoryAsync)
            .Pattern(KnowledgeHistoryFeature.RollbackPattern, history.RollbackAsync)
            .Pattern(KnowledgeHistoryFeature.UsagePattern, history.UsageAsync)
            .Table;
}
