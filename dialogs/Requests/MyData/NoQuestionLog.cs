namespace NrwBot.Dialogs.Requests.MyData;

/// <summary>The question log while no feature keeps questions: there is nothing to show or delete.</summary>
public sealed class NoQuestionLog : IQuestionLog
{
    public Task<IReadOnlyList<LoggedQuestion>> ForUserAsync(string userKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LoggedQuestion>>([]);

    public Task<int> ForgetUserAsync(string userKey, CancellationToken cancellationToken) => Task.FromResult(0);
}
