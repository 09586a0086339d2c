using System.Collections.Concurrent;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Tests.Onboarding;

/// <summary>Stands in for the channel at the proactive boundary: records what would be sent, to whom.</summary>
public sealed class RecordingProactiveSender : IProactiveSender
{
    private readonly ConcurrentQueue<(string Key, IReadOnlyList<Reply> Replies)> _sent = new();
    private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<(string Key, IReadOnlyList<Reply> Replies)> Sent => _sent.ToArray();

    /// <summary>Completes when the first message was sent (for the worker test).</summary>
    public Task FirstSent => _first.Task;

    public Task<ProactiveResult> SendToUserAsync(string userKey, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        _sent.Enqueue((userKey, replies));
        _first.TrySetResult();
        return Task.FromResult(new ProactiveResult(ProactiveStatus.Sent));
    }

    public Task<ProactiveResult> SendToConversationAsync(string conversationKey, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
        SendToUserAsync(conversationKey, replies, cancellationToken);
}
