namespace NrwBot.Dialogs.Knowledge.Store;

/// <summary>Reloads the served knowledge base when the database changed: called right after a change in this instance, so the LKS sees it at once.</summary>
public interface IKnowledgeRefresh
{
    Task<bool> RefreshAsync(CancellationToken cancellationToken);
}
