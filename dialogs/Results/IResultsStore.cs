namespace NrwBot.Dialogs.Results;

/// <summary>
/// Where recorded meeting results are kept. Saving is all or nothing, and a meeting with the same title and day
/// is never stored twice (a second import reports the first one's number).
/// </summary>
public interface IResultsStore
{
    Task<StoredMeeting> SaveAsync(MeetingResults results, IReadOnlyDictionary<ResultItem, string> supportNeedCategories, CancellationToken cancellationToken);
}
