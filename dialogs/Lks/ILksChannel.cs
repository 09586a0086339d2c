using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Lks;

/// <summary>
/// The LKS channel, where every request has one card that always shows its current state: the first call posts
/// the card, later calls replace it in place. Never throws; the result says whether the channel got it.
/// </summary>
public interface ILksChannel
{
    Task<ProactiveResult> ShowAsync(long requestId, Reply card, CancellationToken cancellationToken);

    /// <summary>A message of its own in the channel (a reminder), through the outbox; UnknownTarget without a channel.</summary>
    Task<ProactiveResult> AnnounceAsync(Reply message, CancellationToken cancellationToken);
}
