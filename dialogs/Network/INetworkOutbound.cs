using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Network;

/// <summary>
/// Everything the network feature sends on its own, through the outbox: the card in the network channel (posted
/// once, then replaced in place), the question to the chosen colleagues as one batch, and the messages to askers and
/// authors. Each message has a dedup key, so a repeated turn queues nothing twice.
/// </summary>
public interface INetworkOutbound
{
    /// <summary>Queues (or replaces, while it still waits) the channel card of the question; false without a network channel.</summary>
    Task<bool> ShowCardAsync(NetworkQuestion question, Reply card, CancellationToken cancellationToken);

    /// <summary>Queues the question to each colleague as one batch; returns the batch id.</summary>
    Task<string> SendBatchAsync(NetworkQuestion question, IReadOnlyList<(string UserKey, Reply Card)> messages, CancellationToken cancellationToken);

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
    public static string Of(NetworkQuestion question) => "network:" + question.Number;

    public static string Of(NetworkAnswer answer) => "network:" + answer.Number;
}
