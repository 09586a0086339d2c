using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Knowledge.Store;

namespace NrwBot.Host.Knowledge;

/// <summary>
/// The knowledge base the bot serves: the published articles of the database (<see cref="IKnowledgeStore"/>) with
/// the content folder's synonyms, as one in-memory index. <see cref="RefreshAsync"/> compares the revision row with
/// the one loaded and rebuilds the index only when it changed (<see cref="KnowledgeRefresher"/> calls it every few
/// seconds), so every instance serves a publish or rollback within seconds. Empty until the first load.
/// </summary>
public sealed class DatabaseKnowledgeSource : IKnowledgeSource, IKnowledgeRefresh
{
    private readonly IKnowledgeStore _store;
    private readonly KnowledgeOptions _options;
    private readonly string _folder;
    private readonly ILogger<DatabaseKnowledgeSource> _logger;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly IReadOnlyList<SynonymGroup> _synonyms;
    private KnowledgeSnapshot _current;
    private long _revision = -1;

    public DatabaseKnowledgeSource(IKnowledgeStore store, KnowledgeOptions options, string folder, ILogger<DatabaseKnowledgeSource> logger)
    {
        _store = store;
        _options = options;
        _folder = folder;
        _logger = logger;
        var (synonyms, issues) = KnowledgeLoader.LoadSynonyms(folder);
        foreach (var issue in issues) logger.LogWarning("Wissensdatenbank: {Issue}", issue);
        _synonyms = synonyms;
        _current = KnowledgeSnapshot.Build(KnowledgeBase.Empty, options);
    }

    public KnowledgeSnapshot Current => Volatile.Read(ref _current);

    /// <summary>The revision of the database the served articles belong to; -1 before the first load.</summary>
    public long Revision => Interlocked.Read(ref _revision);

    /// <summary>At start, after the migrations: seeds an empty database from the folder, then loads.</summary>
    public async Task InitializeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var seeded = await KnowledgeFolderSync.SeedIfEmptyAsync(_store, _folder, now,
            issue => _logger.LogWarning("Wissensdatenbank (Erstimport): {Issue}", issue), cancellationToken);
        if (seeded > 0) _logger.LogInformation("Wissensdatenbank: {Count} Artikel aus {Folder} in die leere Datenbank übernommen", seeded, _folder);
        await LoadAsync(cancellationToken);
    }

    /// <summary>Reloads when the revision changed since the last load; true when it did.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        if (await _store.RevisionAsync(cancellationToken) == Revision) return false;
        await LoadAsync(cancellationToken);
        return true;
    }

    /// <summary>Loads the published articles now (one load at a time; a caller that waited finds the newest one).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            var published = await _store.PublishedAsync(cancellationToken);
            var first = Revision < 0;
            var result = KnowledgeLoader.FromArticles(published.Articles, _synonyms);
            foreach (var issue in result.Issues) _logger.LogWarning("Wissensdatenbank: {Issue}", issue);
            Volatile.Write(ref _current, KnowledgeSnapshot.Build(result.Base, _options));
            Interlocked.Exchange(ref _revision, published.Revision);
            if (first) _logger.LogDebug("Wissensdatenbank: {Count} Artikel geladen (Revision {Revision})", result.Base.Articles.Count, published.Revision);
            else _logger.LogInformation("Wissensdatenbank neu geladen: {Count} Artikel (Revision {Revision})", result.Base.Articles.Count, published.Revision);
        }
        finally
        {
            _loading.Release();
        }
    }
}
