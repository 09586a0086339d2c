namespace NrwBot.Dialogs.Results;

/// <summary>One stored bullet with the meeting, working group and question it belongs to, as search and analysis read it.</summary>
public sealed record StoredResultItem(
    string MeetingTitle,
    DateOnly MeetingDate,
    string? MeetingPlace,
    string GroupName,
    int SectionNumber,
    string SectionTitle,
    string Text,
    int? Count,
    string? Place,
    string? SupportNeedCategory);
