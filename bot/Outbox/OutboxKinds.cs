namespace NrwBot.Host.Outbox;

/// <summary>The kinds of outbox rows and who delivers them.</summary>
public static class OutboxKinds
{
    /// <summary>Replies into a stored conversation (personal chat or channel), through the ProactiveMessenger.</summary>
    public const string Message = "message";

    /// <summary>The LKS channel card of a request (Subject = request id), posted once and then replaced in place.</summary>
    public const string RequestCard = "request-card";
}
