using NrwBot.Dialogs.Requests;

namespace NrwBot.Host.Requests;

/// <summary>One history entry of a request (table support_request_transitions).</summary>
public sealed class RequestTransitionRecord
{
    public long Id { get; set; }
    public long RequestId { get; set; }
    public TransitionKind Kind { get; set; }
    public RequestState? FromState { get; set; }
    public RequestState ToState { get; set; }

    /// <summary>Null for a requester without consent, and after they deleted their data.</summary>
    public string? ActorKey { get; set; }
    public string? ActorName { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Comment { get; set; }
}
