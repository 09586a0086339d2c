namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// The knowledge base of the content folder, reloaded when a file changes. Changes are debounced (an editor's
/// save fires several events). A reload with problems is not applied: the bot keeps serving the last good
/// knowledge base and <see cref="Issues"/> says what is wrong. At start-up, with nothing better to serve, the
/// articles without problems are used.
/// </summary>
public sealed class KnowledgeProvider : IKnowledgeSource, IDisposable
{
    private readonly string _folder;
    private readonly KnowledgeOptions _options;
    private readonly ITimer _debounce;
    private readonly Lock _reloadLock = new();
    private FileSystemWatcher? _watcher;
    private KnowledgeSnapshot _current;

    public KnowledgeProvider(string folder, KnowledgeOptions options, TimeProvider clock)
    {
        _folder = folder;
        _options = options;
        _debounce = clock.CreateTimer(_ => ReloadInBackground(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        var first = KnowledgeLoader.Load(folder);
        Issues = first.Issues;
        _current = KnowledgeSnapshot.Build(first.Base, options);
    }

    public KnowledgeSnapshot Current => Volatile.Read(ref _current);

    /// <summary>The problems found by the last load, empty when the content is in order.</summary>
    public IReadOnlyList<KnowledgeIssue> Issues { get; private set; }

    /// <summary>Raised after every reload attempt: the result, and whether it was applied.</summary>
    public event Action<KnowledgeLoadResult, bool>? Reloaded;

    public void StartWatching()
    {
        if (_watcher is not null || !Directory.Exists(_folder)) return;
        _watcher = new FileSystemWatcher(_folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Loads the folder now; returns true when the new content is served.</summary>
    public bool Reload()
    {
        lock (_reloadLock)
        {
            var result = KnowledgeLoader.Load(_folder);
            Issues = result.Issues;
            if (result.IsValid) Volatile.Write(ref _current, KnowledgeSnapshot.Build(result.Base, _options));
            Reloaded?.Invoke(result, result.IsValid);
            return result.IsValid;
        }
    }

    /// <summary>An exception on the timer thread would end the process; the bot keeps its knowledge base instead.</summary>
    private void ReloadInBackground()
    {
        try
        {
            Reload();
        }
        catch (Exception exception)
        {
            Issues = [new KnowledgeIssue(_folder, 0, KnowledgeTexts.ReloadFailed.Format(exception.Message))];
        }
    }

    private void OnChange(object sender, FileSystemEventArgs change)
    {
        if (IsContentFile(change.FullPath) || change is RenamedEventArgs renamed && IsContentFile(renamed.OldFullPath))
            _debounce.Change(_options.ReloadDelay, Timeout.InfiniteTimeSpan);
    }

    private static bool IsContentFile(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce.Dispose();
    }
}
