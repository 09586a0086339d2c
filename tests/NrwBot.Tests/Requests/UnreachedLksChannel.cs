using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Lks;
using NrwBot.Dialogs.Requests.Queue;

namespace NrwBot.Tests.Requests;

/// <summary>The LKS channel of a process that died right after the request was stored: it never gets the card.</summary>
public sealed class UnreachedLksChannel : ILksChannel
{
    public Task<ProactiveResult> ShowAsync(long requestId, Reply card, CancellationToken cancellationToken) =>
        Task.FromResult(new ProactiveResult(ProactiveStatus.Failed, "process ended"));

    public Task<ProactiveResult> AnnounceAsync(Reply message, CancellationToken cancellationToken) =>
        Task.FromResult(new ProactiveResult(ProactiveStatus.Failed, "process ended"));
}
