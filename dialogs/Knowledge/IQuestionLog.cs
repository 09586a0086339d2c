namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// Where questions and feedback are recorded for the digests. The host implements it on the database;
/// <see cref="InMemoryQuestionLog"/> serves tests.
/// </summary>
public interface IQuestionLog
{
    /// <summary>Records a question and returns the entry's id, which later feedback refers to.</summary>
    Task<string> RecordAsync(QuestionLogEntry entry, CancellationToken cancellationToken);

    /// <summary>The user opened an article offered under "Meinten Sie …?".</summary>
    Task RecordFollowUpAsync(string entryId, string articleId, CancellationToken cancellationToken);

    Task RecordFeedbackAsync(string entryId, KnowledgeFeedback feedback, CancellationToken cancellationToken);
}
