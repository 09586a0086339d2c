using System.Collections.Concurrent;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Requests.Queue;
using NrwBot.Dialogs.Lks;

namespace NrwBot.Tests.Requests;

/// <summary>The LKS channel as a list of card versions per request (the HTTP tests use the real one).</summary>
public sealed class RecordingLksChannel : ILksChannel
{
    private readonly ConcurrentQueue<(long RequestId, Reply Card)> _shown = new();

    public IReadOnlyList<(long RequestId, Reply Card)> Shown => _shown.ToArray();

    public IReadOnlyList<Reply> Versions(long requestId) => Shown.Where(card => card.RequestId == requestId).Select(card => card.Card).ToList();

    public Reply Current(long requestId) => Versions(requestId)[^1];

    public Task<ProactiveResult> ShowAsync(long requestId, Reply card, CancellationToken cancellationToken)
    {
        _shown.Enqueue((requestId, card));
        return Task.FromResult(new ProactiveResult(ProactiveStatus.Sent));
    }

    private readonly ConcurrentQueue<Reply> _announced = new();

    /// <summary>Messages of their own in the channel (reminders), in order.</summary>
    public IReadOnlyList<Reply> Announced => _announced.ToArray();

    public Task<ProactiveResult> AnnounceAsync(Reply message, CancellationToken cancellationToken)
    {
        _announced.Enqueue(message);
        return Task.FromResult(new ProactiveResult(ProactiveStatus.Sent));
    }
}
