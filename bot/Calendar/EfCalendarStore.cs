using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Calendar;
using NrwBot.Host.Data;

namespace NrwBot.Host.Calendar;

/// <summary>The calendar's data on the bot's database (SQLite or PostgreSQL).</summary>
public sealed class EfCalendarStore(IDbContextFactory<NrwBotDbContext> contexts, ILogger<EfCalendarStore> logger) : ICalendarStore
{
    public Task<IReadOnlyList<CalendarEntry>> ChatEntriesAsync(CancellationToken cancellationToken) => GuardAsync<IReadOnlyList<CalendarEntry>>(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Set<CalendarEntryRecord>().AsNoTracking().ToListAsync(cancellationToken);
        return records.Select(ToEntry).ToList();
    });

    public Task<bool> AddEntryAsync(CalendarEntry entry, string createdBy, DateTimeOffset now, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Set<CalendarEntryRecord>().AnyAsync(record => record.Id == entry.Id, cancellationToken)) return false;
        db.Add(ToRecord(entry, createdBy, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // The same entry from a double click or a second instance: the key says it is there already.
            return false;
        }
    });

    public Task<bool> DeleteEntryAsync(string id, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<CalendarEntryRecord>().Where(record => record.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    });

    public Task<CalendarSubscriber?> FindSubscriberAsync(string userKey, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<CalendarSubscriberRecord>().AsNoTracking().FirstOrDefaultAsync(row => row.UserKey == userKey, cancellationToken);
        return record is null ? null : ToSubscriber(record);
    });

    public Task<CalendarSubscriber?> FindByFeedTokenAsync(string token, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<CalendarSubscriberRecord>().AsNoTracking().FirstOrDefaultAsync(row => row.FeedToken == token, cancellationToken);
        return record is null ? null : ToSubscriber(record);
    });

    public Task SaveSubscriberAsync(CalendarSubscriber subscriber, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var set = db.Set<CalendarSubscriberRecord>();
        var record = await set.FirstOrDefaultAsync(row => row.UserKey == subscriber.UserKey, cancellationToken);
        if (subscriber.IsEmpty)
        {
            if (record is not null) set.Remove(record);
        }
        else
        {
            if (record is null) set.Add(record = new CalendarSubscriberRecord { UserKey = subscriber.UserKey });
            record.Region = subscriber.Region;
            record.Role = subscriber.Role;
            record.RemindersOn = subscriber.RemindersOn;
            record.FeedToken = subscriber.FeedToken;
            record.FeedCreatedAt = subscriber.FeedCreatedAt;
        }
        await db.SaveChangesAsync(cancellationToken);
        return true;
    });

    public Task<IReadOnlyList<CalendarSubscriber>> ReminderSubscribersAsync(CancellationToken cancellationToken) => GuardAsync<IReadOnlyList<CalendarSubscriber>>(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Set<CalendarSubscriberRecord>().AsNoTracking().Where(row => row.RemindersOn).ToListAsync(cancellationToken);
        return records.Select(ToSubscriber).ToList();
    });

    public Task<bool> TryClaimReminderAsync(string userKey, string reminderKey, DateTimeOffset now, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Add(new CalendarReminderRecord { UserKey = userKey, ReminderKey = reminderKey, SentAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // The primary key refused the row: another instance (or an earlier round) claimed this reminder.
            return false;
        }
    });

    public Task<int> CountRemindersAsync(string userKey, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<CalendarReminderRecord>().CountAsync(row => row.UserKey == userKey, cancellationToken);
    });

    public Task ForgetAsync(string userKey, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<CalendarReminderRecord>().Where(row => row.UserKey == userKey).ExecuteDeleteAsync(cancellationToken);
        await db.Set<CalendarSubscriberRecord>().Where(row => row.UserKey == userKey).ExecuteDeleteAsync(cancellationToken);
        return true;
    });

    private static CalendarSubscriber ToSubscriber(CalendarSubscriberRecord record) => new(record.UserKey, record.Region, record.Role)
    {
        RemindersOn = record.RemindersOn,
        FeedToken = record.FeedToken,
        FeedCreatedAt = record.FeedCreatedAt,
    };

    private static CalendarEntry ToEntry(CalendarEntryRecord record) => new()
    {
        Id = record.Id,
        Title = record.Title,
        Kind = (CalendarEntryKind)record.Kind,
        Start = record.Start,
        End = record.End,
        Audience = new CalendarAudience(Split(record.Roles), Split(record.Regions)),
        ArticleId = record.ArticleId,
        Link = record.Link,
        ReminderDays = record.ReminderDays.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(day => int.Parse(day, CultureInfo.InvariantCulture)).ToList(),
        Source = CalendarEntry.ChatSource,
    };

    private static CalendarEntryRecord ToRecord(CalendarEntry entry, string createdBy, DateTimeOffset now) => new()
    {
        Id = entry.Id,
        Title = entry.Title,
        Kind = (int)entry.Kind,
        Start = entry.Start,
        End = entry.End,
        Roles = string.Join('|', entry.Audience.Roles),
        Regions = string.Join('|', entry.Audience.Regions),
        ArticleId = entry.ArticleId,
        Link = entry.Link,
        ReminderDays = string.Join(',', entry.ReminderDays.Select(day => day.ToString(CultureInfo.InvariantCulture))),
        CreatedBy = createdBy,
        CreatedAt = now,
    };

    private static List<string> Split(string joined) => joined.Split('|', StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>Database failures become <see cref="CalendarStoreException"/>; the features tell the user plainly.</summary>
    private async Task<T> GuardAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception error) when (error is DbException or TimeoutException or (DbUpdateException and not DbUpdateConcurrencyException))
        {
            logger.LogError(error, "Calendar store failed");
            throw new CalendarStoreException("The calendar store failed.", error);
        }
    }
}
