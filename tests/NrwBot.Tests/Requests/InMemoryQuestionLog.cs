using NrwBot.Dialogs.Requests.MyData;

namespace NrwBot.Tests.Requests;

/// <summary>A question log as the knowledge feature will keep it, in memory.</summary>
public sealed class InMemoryQuestionLog : IQuestionLog
{
    private readonly Dictionary<string, List<LoggedQuestion>> _questions = [];

    public void Add(string userKey, LoggedQuestion question)
    {
        if (!_questions.TryGetValue(userKey, out var list)) _questions[userKey] = list = [];
        list.Insert(0, question);
    }

    public Task<IReadOnlyList<LoggedQuestion>> ForUserAsync(string userKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LoggedQuestion>>(_questions.GetValueOrDefault(userKey)?.ToList() ?? []);

    public Task<int> ForgetUserAsync(string userKey, CancellationToken cancellationToken) =>
        Task.FromResult(_questions.Remove(userKey, out var removed) ? removed.Count : 0);
}
