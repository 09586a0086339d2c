namespace NrwBot.Dialogs.Network;

/// <summary>
/// The network questions, their answers and who takes questions personally. Storing is idempotent by source key
/// (a double click or a redelivery files one question, one answer). Database failures come as <see cref="NetworkStoreException"/>.
/// </summary>
public interface INetworkStore
{
    /// <summary>
    /// Stores the question and, in the same transaction, what it sends: the channel card and the personal copy to each
    /// of <see cref="NewNetworkQuestion.Recipients"/> (one batch, <see cref="NetworkQuestion.BatchId"/>), rendered from
    /// the stored question when delivered. Or returns the one stored under the same source key (IsNew false), sending nothing.
    /// </summary>
    Task<(NetworkQuestion Question, bool IsNew)> AskAsync(NewNetworkQuestion question, CancellationToken cancellationToken);

    /// <summary>Whether a question was stored under this source key (a second click of the same draft).</summary>
    Task<bool> HasSourceAsync(string sourceKey, CancellationToken cancellationToken);

    Task<NetworkQuestion?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>The question whose channel card is the message <paramref name="activityId"/> (the root of a channel thread).</summary>
    Task<NetworkQuestion?> FindByCardAsync(string activityId, CancellationToken cancellationToken);

    /// <summary>The message id of the question's channel card, once the outbox posted it.</summary>
    Task<string?> CardOfAsync(long id, CancellationToken cancellationToken);

    Task RememberCardAsync(long id, string activityId, CancellationToken cancellationToken);

    /// <summary>Stores the answer while the question is open; a refused answer returns Answer null and the question as it is.</summary>
    Task<AnswerOutcome> AnswerAsync(NewNetworkAnswer answer, CancellationToken cancellationToken);

    Task<NetworkAnswer?> FindAnswerAsync(long id, CancellationToken cancellationToken);

    Task<bool> HasAnswerSourceAsync(string sourceKey, CancellationToken cancellationToken);

    /// <summary>The question's answers, oldest first, hidden ones included (callers filter).</summary>
    Task<IReadOnlyList<NetworkAnswer>> AnswersAsync(long questionId, CancellationToken cancellationToken);

    /// <summary>Marks the answer as the one that helped; false when it was marked already.</summary>
    Task<bool> MarkHelpfulAsync(long answerId, CancellationToken cancellationToken);

    /// <summary>Moves an open (or, for hiding, also a closed) question to <paramref name="state"/>; false when it was there already or may not move.</summary>
    Task<bool> ChangeStateAsync(long id, NetworkState state, string? reason, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Hides an answer (LKS, with a reason) or withdraws it (its author, reason null); false when it was hidden already.</summary>
    Task<bool> HideAnswerAsync(long answerId, string? reason, CancellationToken cancellationToken);

    /// <summary>How many questions (or answers) the user gave since <paramref name="since"/>, for the daily limits.</summary>
    Task<int> CountSinceAsync(string userKey, bool answers, DateTimeOffset since, CancellationToken cancellationToken);

    Task<IReadOnlyList<NetworkQuestion>> QuestionsOfAsync(string userKey, CancellationToken cancellationToken);

    Task<IReadOnlyList<NetworkAnswer>> AnswersOfAsync(string userKey, CancellationToken cancellationToken);

    /// <summary>Visible questions with at least one visible answer, newest first, at most <paramref name="limit"/>: the ones search may show.</summary>
    Task<IReadOnlyList<NetworkQuestion>> AnsweredAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Open questions asked at or before <paramref name="before"/> without a visible answer, not yet offered to the LKS.</summary>
    Task<IReadOnlyList<NetworkQuestion>> UnansweredAsync(DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>Claims the one offer to pass the question to the LKS (one conditional update: true for exactly one caller).</summary>
    Task<bool> ClaimEscalationAsync(long id, DateTimeOffset at, CancellationToken cancellationToken);

    Task SetOptInAsync(string userKey, bool on, CancellationToken cancellationToken);

    Task<bool> IsOptedInAsync(string userKey, CancellationToken cancellationToken);

    /// <summary>Of <paramref name="userKeys"/>, those who allowed personal network questions.</summary>
    Task<IReadOnlySet<string>> OptedInAsync(IReadOnlyCollection<string> userKeys, CancellationToken cancellationToken);

    /// <summary>
    /// „Meine Daten löschen“: the user's answers and opt-in are deleted, their questions lose every answer and become
    /// empty withdrawn rows (no text, no asker), which only keep the number and the channel card's id so the card can
    /// say the question is gone. Returns those emptied questions.
    /// </summary>
    Task<IReadOnlyList<NetworkQuestion>> ForgetAsync(string userKey, CancellationToken cancellationToken);

    /// <summary>Questions asked in [from, to) and how many of them have a visible answer, by the asker's Regierungsbezirk (for the regional analysis).</summary>
    Task<IReadOnlyList<NetworkRegionCount>> CountsByRegionAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}

public sealed class NetworkStoreException(string message, Exception? inner = null) : Exception(message, inner);
