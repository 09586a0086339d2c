using NrwBot.Dialogs.Requests;

namespace NrwBot.Host.Requests;

/// <summary>A support request as stored (table support_requests). The domain type is <see cref="SupportRequest"/>.</summary>
public sealed class SupportRequestRecord
{
    public long Id { get; set; }
    public int Year { get; set; }
    public int Sequence { get; set; }

    /// <summary>Requester key + incoming activity id: a retried activity finds its request instead of making a second.</summary>
    public string? SourceKey { get; set; }

    public required string CategoryId { get; set; }
    public required string Description { get; set; }
    public required string RedactedDescription { get; set; }
    public required string Region { get; set; }
    public Urgency Urgency { get; set; }
    public DateOnly? PreferredDate { get; set; }
    public bool Consent { get; set; }

    /// <summary>Marked „vertraulich“ by the requester: the text only for the LKS lead.</summary>
    public bool Confidential { get; set; }

    public string Language { get; set; } = "de";
    public string? RequesterKey { get; set; }
    public string? RequesterName { get; set; }
    public RequestState State { get; set; }
    public string? AssigneeKey { get; set; }
    public string? AssigneeName { get; set; }
    public string? Answer { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}
