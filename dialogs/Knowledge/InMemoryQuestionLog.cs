using System.Collections.Concurrent;
using System.Globalization;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>The question log in memory: for tests and for running the bot without a database.</summary>
public sealed class InMemoryQuestionLog : IQuestionLog
{
    private readonly ConcurrentDictionary<string, QuestionLogEntry> _entries = new();
    private readonly ConcurrentDictionary<string, KnowledgeFeedback> _feedback = new();
    private readonly ConcurrentDictionary<string, string> _followUps = new();
    private readonly ConcurrentDictionary<string, string> _comments = new();
    private int _lastId;

    public IReadOnlyDictionary<string, QuestionLogEntry> Entries => _entries;
    public IReadOnlyDictionary<string, KnowledgeFeedback> Feedback => _feedback;
    public IReadOnlyDictionary<string, string> FollowUps => _followUps;

    public Task<string> RecordAsync(QuestionLogEntry entry, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _lastId).ToString(CultureInfo.InvariantCulture);
        _entries[id] = entry;
        return Task.FromResult(id);
    }

    public Task<bool> RecordFollowUpAsync(string entryId, string userKey, string articleId, CancellationToken cancellationToken)
    {
        if (!IsOwn(entryId, userKey)) return Task.FromResult(false);
        _followUps[entryId] = articleId;
        return Task.FromResult(true);
    }

    public Task<bool> RecordFeedbackAsync(string entryId, string userKey, KnowledgeFeedback feedback, CancellationToken cancellationToken)
    {
        if (!IsOwn(entryId, userKey)) return Task.FromResult(false);
        _feedback[entryId] = feedback;
        return Task.FromResult(true);
    }

    public Task<bool> RecordFeedbackCommentAsync(string entryId, string userKey, string comment, CancellationToken cancellationToken)
    {
        if (!IsOwn(entryId, userKey)) return Task.FromResult(false);
        _comments[entryId] = comment;
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<NotHelpfulQuestion>> NotHelpfulSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<NotHelpfulQuestion>>(_feedback.Where(pair => pair.Value == KnowledgeFeedback.NotHelpful)
            .Select(pair => (Id: int.Parse(pair.Key, CultureInfo.InvariantCulture), Entry: _entries[pair.Key])).Where(item => item.Entry.AskedAt >= since)
            .OrderByDescending(item => item.Id)
            .Select(item => new NotHelpfulQuestion(item.Entry.Question, item.Entry.ArticleId, _comments.GetValueOrDefault(item.Id.ToString(CultureInfo.InvariantCulture))))
            .ToList());

    public Task<IReadOnlyList<string>> UnansweredSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(_entries.OrderByDescending(entry => int.Parse(entry.Key, CultureInfo.InvariantCulture))
            .Select(entry => entry.Value).Where(entry => entry.Decision == KnowledgeDecision.None && entry.AskedAt >= since).Select(entry => entry.Question).ToList());

    private bool IsOwn(string entryId, string userKey) => _entries.TryGetValue(entryId, out var entry) && entry.UserKey == userKey;
}
