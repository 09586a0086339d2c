namespace NrwBot.Dialogs.Calendar;

/// <summary>The calendar's data in the bot's database: entries added in the chat, subscribers, sent reminders.</summary>
public interface ICalendarStore
{
    Task<IReadOnlyList<CalendarEntry>> ChatEntriesAsync(CancellationToken cancellationToken);

    /// <summary>Stores an entry added by an LKS member; false when the id is taken.</summary>
    Task<bool> AddEntryAsync(CalendarEntry entry, string createdBy, DateTimeOffset now, CancellationToken cancellationToken);

    Task<bool> DeleteEntryAsync(string id, CancellationToken cancellationToken);

    Task<CalendarSubscriber?> FindSubscriberAsync(string userKey, CancellationToken cancellationToken);

    Task<CalendarSubscriber?> FindByFeedTokenAsync(string token, CancellationToken cancellationToken);

    /// <summary>Saves the subscriber, or deletes the row when nothing is left to keep (<see cref="CalendarSubscriber.IsEmpty"/>).</summary>
    Task SaveSubscriberAsync(CalendarSubscriber subscriber, CancellationToken cancellationToken);

    Task<IReadOnlyList<CalendarSubscriber>> ReminderSubscribersAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Claims one reminder (one person, one entry on its date, one offset) before it is sent; of several instances
    /// asking at once exactly one gets true, and nobody ever again.
    /// </summary>
    Task<bool> TryClaimReminderAsync(string userKey, string reminderKey, DateTimeOffset now, CancellationToken cancellationToken);

    Task<int> CountRemindersAsync(string userKey, CancellationToken cancellationToken);

    /// <summary>Deletes the subscriber and the record of the reminders they got.</summary>
    Task ForgetAsync(string userKey, CancellationToken cancellationToken);
}
