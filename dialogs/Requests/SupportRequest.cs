namespace NrwBot.Dialogs.Requests;

/// <summary>
/// A need a user sent to the LKS. The requester's name is kept only with consent; their key is kept so the
/// bot can tell them about changes and show them their requests ("Meine Anfragen"), until they delete their data.
/// </summary>
public sealed record SupportRequest
{
    public long Id { get; init; }
    public required RequestNumber Number { get; init; }
    public required string CategoryId { get; init; }

    /// <summary>The requester's own words; shown to them, and to the LKS only with consent.</summary>
    public required string Description { get; init; }

    /// <summary>The words without personal data (e-mail, phone, names after Herr/Frau …), for everyone else.</summary>
    public required string RedactedDescription { get; init; }

    public required string Region { get; init; }
    public Urgency Urgency { get; init; }
    public DateOnly? PreferredDate { get; init; }

    /// <summary>The LKS may see the requester's name and contact them.</summary>
    public bool Consent { get; init; }

    /// <summary>Marked „vertraulich“ by the requester: the text only for the LKS lead (<see cref="TextForLead"/>).</summary>
    public bool Confidential { get; init; }

    /// <summary>"de" or "en": the language the requester wrote in, for the messages they get later.</summary>
    public string Language { get; init; } = "de";

    public string? RequesterKey { get; init; }
    public string? RequesterName { get; init; }
    public RequestState State { get; init; }
    public RequestActor? Assignee { get; init; }

    /// <summary>The LKS answer, or the reason when the request was rejected.</summary>
    public string? Answer { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Raised by the store on every change; a change based on an older version is refused.</summary>
    public int Version { get; init; }

    /// <summary>Open requests of the same region and category, linked when this one was filed.</summary>
    public IReadOnlyList<RequestNumber> Links { get; init; } = [];

    public bool IsOpen => State is RequestState.New or RequestState.InProgress;

    public bool IsEnglish => Language == "en";

    /// <summary>
    /// What the LKS and everyone but the requester reads: the full text only with consent, and for a confidential
    /// request no text at all (a note that only the lead reads it). Safe by default: cards, digest and reminders use this.
    /// </summary>
    public string TextForLks => Confidential ? RequestsTexts.ConfidentialHidden.Format(Number.Short) : TextForLead;

    /// <summary>The text as the LKS lead reads it: the full text only with consent.</summary>
    public string TextForLead => Consent ? Description : RedactedDescription;
}
