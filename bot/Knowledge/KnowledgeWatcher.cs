using NrwBot.Dialogs.Knowledge;

namespace NrwBot.Host.Knowledge;

/// <summary>
/// Reports content problems with file and line at start-up, then watches the folder so the LKS's edits are
/// served without a restart (a reload with errors is not applied: the last good knowledge base stays).
/// </summary>
public sealed class KnowledgeWatcher(KnowledgeProvider provider, ILogger<KnowledgeWatcher> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var issue in provider.Issues) logger.LogWarning("Wissensdatenbank: {Issue}", issue);
        logger.LogInformation("Wissensdatenbank: {Count} Artikel geladen", provider.Current.Base.Articles.Count);
        provider.Reloaded += OnReloaded;
        provider.StartWatching();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        provider.Reloaded -= OnReloaded;
        return Task.CompletedTask;
    }

    private void OnReloaded(KnowledgeLoadResult result, bool applied)
    {
        foreach (var issue in result.Issues) logger.LogWarning("Wissensdatenbank: {Issue}", issue);
        if (applied) logger.LogInformation("Wissensdatenbank neu geladen");
        else logger.LogWarning("Wissensdatenbank: Änderung nicht übernommen, es gilt weiter der letzte fehlerfreie Stand");
    }
}
