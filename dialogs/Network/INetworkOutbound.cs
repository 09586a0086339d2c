using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Network;

/// <summary>
/// What the network feature sends after a change, through the outbox: the card in the network channel (replaced in
/// place) and the messages to askers and authors. Each message has a dedup key, so a repeated turn queues nothing
/// twice. A new question's card and its personal copies are queued by the store itself, in the question's transaction
/// (<see cref="INetworkStore.AskAsync"/>).
/// </summary>
public interface INetworkOutbound
{
    /// <summary>Queues (or replaces, while it still waits) the channel card of the question; false without a network channel.</summary>
    Task<bool> ShowCardAsync(NetworkQuestion question, Reply card, CancellationToken cancellationToken);

    /// <summary>One message into a user's personal chat; <paramref name="subject"/> ties it to a question or answer (removed with it).</summary>
    Task SendAsync(string userKey, Reply reply, string subject, string dedupKey, CancellationToken cancellationToken);

    /// <summary>„an 5 von 6 gesendet“; null when the batch is unknown.</summary>
    Task<string?> ProgressAsync(string batchId, CancellationToken cancellationToken);

    /// <summary>Drops the messages about these subjects that still wait (their author deleted their data).</summary>
    Task ForgetAsync(IReadOnlyCollection<string> subjects, CancellationToken cancellationToken);
}

/// <summary>The subjects under which messages about a question or an answer are queued.</summary>
public static class NetworkSubjects
{
    public static string Of(NetworkQuestion question) => OfQuestion(question.Id);

    public static string OfQuestion(long id) => "network:" + NetworkNumbers.Question(id);

    /// <summary>The batch of a question's personal copies (its progress line counts them).</summary>
    public static string BatchOf(long questionId) => "network-" + NetworkNumbers.Question(questionId);

    public static string Of(NetworkAnswer answer) => "network:" + answer.Number;
}
