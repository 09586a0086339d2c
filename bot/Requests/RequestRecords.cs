using NrwBot.Dialogs.Requests;

namespace NrwBot.Host.Requests;

/// <summary>Between the stored rows and the domain types.</summary>
public static class RequestRecords
{
    public static SupportRequestRecord From(NewSupportRequest request, RequestNumber number) => new()
    {
        Year = number.Year,
        Sequence = number.Sequence,
        SourceKey = request.SourceKey,
        CategoryId = request.CategoryId,
        Description = request.Description,
        RedactedDescription = request.RedactedDescription,
        Region = request.Region,
        Urgency = request.Urgency,
        PreferredDate = request.PreferredDate,
        Consent = request.Consent,
        Confidential = request.Confidential,
        Language = request.Language,
        RequesterKey = request.RequesterKey,
        RequesterName = request.RequesterName,
        State = RequestState.New,
        CreatedAt = request.CreatedAt,
        UpdatedAt = request.CreatedAt,
        Version = 1,
    };

    public static SupportRequest ToDomain(SupportRequestRecord record, IReadOnlyList<RequestNumber> links) => new()
    {
        Id = record.Id,
        Number = new RequestNumber(record.Year, record.Sequence),
        CategoryId = record.CategoryId,
        Description = record.Description,
        RedactedDescription = record.RedactedDescription,
        Region = record.Region,
        Urgency = record.Urgency,
        PreferredDate = record.PreferredDate,
        Consent = record.Consent,
        Confidential = record.Confidential,
        Language = record.Language,
        RequesterKey = record.RequesterKey,
        RequesterName = record.RequesterName,
        State = record.State,
        Assignee = record.AssigneeName is { } name ? new RequestActor(record.AssigneeKey, name) : null,
        Answer = record.Answer,
        CreatedAt = record.CreatedAt,
        UpdatedAt = record.UpdatedAt,
        Version = record.Version,
        Links = links,
    };

    public static RequestTransitionRecord From(RequestTransition transition) => new()
    {
        RequestId = transition.RequestId,
        Kind = transition.Kind,
        FromState = transition.From,
        ToState = transition.To,
        ActorKey = transition.Actor?.Key,
        ActorName = transition.Actor?.Name,
        At = transition.At,
        Comment = transition.Comment,
    };

    public static RequestTransition ToDomain(RequestTransitionRecord record) => new(
        record.RequestId,
        record.Kind,
        record.FromState,
        record.ToState,
        record.ActorName is { } name ? new RequestActor(record.ActorKey, name) : null,
        record.At,
        record.Comment);
}
