using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Requests.Queue;

/// <summary>What became of an LKS action: applied (and whether the requester was told), refused and why, or not possible.</summary>
public sealed record DeskOutcome(DeskResult Result, SupportRequest Request)
{
    public RequestTransition? Transition { get; init; }
    public RequestRefusal? Refusal { get; init; }

    /// <summary>The message to the requester; null when there is nobody to tell (data deleted).</summary>
    public ProactiveResult? Notified { get; init; }
}
