using System.Collections.Concurrent;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Tests.Digest;

/// <summary>The LKS channel as the digest sees it: records what arrives, and refuses the first <see cref="FailFirst"/> sends.</summary>
internal sealed class RecordingProactiveSender : IProactiveSender
{
    private int _calls;

    public ConcurrentQueue<(string Key, Reply Reply)> Sent { get; } = new();
    public int FailFirst { get; set; }
    public int Calls => _calls;

    public Task<ProactiveResult> SendToUserAsync(string userKey, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
        SendAsync(userKey, replies);

    public Task<ProactiveResult> SendToConversationAsync(string conversationKey, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
        SendAsync(conversationKey, replies);

    private Task<ProactiveResult> SendAsync(string key, IReadOnlyList<Reply> replies)
    {
        if (Interlocked.Increment(ref _calls) <= FailFirst) return Task.FromResult(new ProactiveResult(ProactiveStatus.Failed, "HttpRequestException"));
        foreach (var reply in replies) Sent.Enqueue((key, reply));
        return Task.FromResult(new ProactiveResult(ProactiveStatus.Sent));
    }
}
