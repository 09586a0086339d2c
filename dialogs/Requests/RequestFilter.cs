namespace NrwBot.Dialogs.Requests;

/// <summary>Which requests to list. Null means "any"; an empty state set means "any state".</summary>
public sealed record RequestFilter
{
    public IReadOnlySet<RequestState> States { get; init; } = new HashSet<RequestState>();
    public string? CategoryId { get; init; }
    public string? Region { get; init; }
    public string? RequesterKey { get; init; }
    public string? AssigneeKey { get; init; }
    public bool UrgentOnly { get; init; }

    /// <summary>Only requests filed before this moment (the "age" filter of the queue).</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    public static readonly IReadOnlySet<RequestState> Open = new HashSet<RequestState> { RequestState.New, RequestState.InProgress };
}
