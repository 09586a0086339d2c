namespace NrwBot.Dialogs.Content;

/// <summary>
/// A few values built from store content, by <see cref="ContentRevision"/> and the content they depend on besides
/// (the knowledge base's synonyms, by reference): the least recently used goes first. Thread-safe; a value is built
/// outside the lock, so two queries of a new revision may both build it (the second one wins, both are correct).
/// </summary>
public sealed class RevisionCache<T>(int capacity) where T : class
{
    private readonly LinkedList<(string Revision, object Basis, T Value)> _entries = [];
    private readonly Lock _lock = new();

    public T GetOrBuild(string revision, object basis, Func<T> build)
    {
        lock (_lock)
        {
            for (var node = _entries.First; node is not null; node = node.Next)
            {
                if (node.Value.Revision != revision || !ReferenceEquals(node.Value.Basis, basis)) continue;
                _entries.Remove(node);
                _entries.AddFirst(node);
                return node.Value.Value;
            }
        }
        var value = build();
        lock (_lock)
        {
            _entries.AddFirst((revision, basis, value));
            while (_entries.Count > capacity) _entries.RemoveLast();
        }
        return value;
    }

    /// <summary>How many values were built and kept (for tests).</summary>
    public int Count { get { lock (_lock) return _entries.Count; } }
}
