namespace NrwBot.Dialogs.Results;

/// <summary>
/// Where recorded meeting results are kept. Saving is all or nothing, and a meeting with the same title and day
/// is never stored twice (a second import reports the first one's number).
/// </summary>
public interface IResultsStore
{
    Task<StoredMeeting> SaveAsync(MeetingResults results, IReadOnlyDictionary<ResultItem, string> supportNeedCategories, CancellationToken cancellationToken);

    /// <summary>Every stored bullet of the meetings held from <paramref name="from"/> to <paramref name="to"/> (both inclusive), in meeting and protocol order.</summary>
    Task<IReadOnlyList<StoredResultItem>> ItemsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
