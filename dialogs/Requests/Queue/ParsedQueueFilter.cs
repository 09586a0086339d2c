namespace NrwBot.Dialogs.Requests.Queue;

/// <summary>A queue filter as understood: the store filter, its description for the reply, and any words not understood.</summary>
public sealed record ParsedQueueFilter(RequestFilter Filter, IReadOnlyList<string> Description, string? NotUnderstood)
{
    /// <summary>Only open requests past their target time ("Warteschlange überfällig").</summary>
    public bool OverdueOnly { get; init; }
}
