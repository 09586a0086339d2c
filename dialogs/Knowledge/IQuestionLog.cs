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
    /// <remarks>
    /// Like <see cref="RecordFeedbackAsync"/>, only for the entry's own asker (<paramref name="userKey"/>, the
    /// pseudonymous key it was recorded with): an id from a forged or forwarded card changes nothing and returns false.
    /// </remarks>
    Task<bool> RecordFollowUpAsync(string entryId, string userKey, string articleId, CancellationToken cancellationToken);

    /// <summary>Rates the entry when <paramref name="userKey"/> asked it; false (nothing changed) for anyone else's or an unknown id.</summary>
    Task<bool> RecordFeedbackAsync(string entryId, string userKey, KnowledgeFeedback feedback, CancellationToken cancellationToken);

    /// <summary>„Was hat gefehlt?“ after a 👎: the asker's short comment on the entry; false for anyone else's or an unknown id.</summary>
    Task<bool> RecordFeedbackCommentAsync(string entryId, string userKey, string comment, CancellationToken cancellationToken);

    /// <summary>The questions answered since <paramref name="since"/> that their asker marked 👎, newest first, with the article and the comment; without who asked.</summary>
    Task<IReadOnlyList<NotHelpfulQuestion>> NotHelpfulSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The texts of the questions asked since <paramref name="since"/> that got no answer („weiß ich nicht“), newest first; without who asked.</summary>
    Task<IReadOnlyList<string>> UnansweredSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
