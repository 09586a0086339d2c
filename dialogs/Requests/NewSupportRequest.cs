namespace NrwBot.Dialogs.Requests;

/// <summary>What the intake hands to the store. <see cref="SourceKey"/> makes storing idempotent (user + activity id).</summary>
public sealed record NewSupportRequest
{
    public required string CategoryId { get; init; }
    public required string Description { get; init; }
    public required string RedactedDescription { get; init; }
    public required string Region { get; init; }
    public Urgency Urgency { get; init; }
    public DateOnly? PreferredDate { get; init; }
    public bool Consent { get; init; }
    public bool Confidential { get; init; }
    public string Language { get; init; } = "de";
    public required string RequesterKey { get; init; }

    /// <summary>Null without consent.</summary>
    public string? RequesterName { get; init; }

    /// <summary>Null when the channel gave no activity id; then a retried activity is not recognised.</summary>
    public string? SourceKey { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
