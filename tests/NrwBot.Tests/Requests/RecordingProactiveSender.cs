using System.Collections.Concurrent;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Tests.Requests;

/// <summary>Records proactive messages instead of sending them (the TestAdapter host has no channel to send to).</summary>
public sealed class RecordingProactiveSender : IProactiveSender
{
    private readonly ConcurrentQueue<(string Key, Reply Reply)> _sent = new();

    public IReadOnlyList<(string Key, Reply Reply)> Sent => _sent.ToArray();

    public IReadOnlyList<Reply> To(string key) => Sent.Where(message => message.Key == key).Select(message => message.Reply).ToList();

    public Task<ProactiveResult> SendToUserAsync(string userKey, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) => Record(userKey, replies);

    public Task<ProactiveResult> SendToConversationAsync(string conversationKey, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) => Record(conversationKey, replies);

    private Task<ProactiveResult> Record(string key, IReadOnlyList<Reply> replies)
    {
        foreach (var reply in replies) _sent.Enqueue((key, reply));
        return Task.FromResult(new ProactiveResult(ProactiveStatus.Sent));
    }
}
