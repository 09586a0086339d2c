using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Results;
using NrwBot.Host.Data;

namespace NrwBot.Host.NetworkResults;

/// <summary>Recorded meeting results in the bot's database; one SaveChanges stores a meeting with all its bullets or nothing.</summary>
public sealed class EfResultsStore(IDbContextFactory<NrwBotDbContext> contexts, TimeProvider clock) : IResultsStore
{
    public async Task<StoredMeeting> SaveAsync(MeetingResults results, IReadOnlyDictionary<ResultItem, string> supportNeedCategories, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await Existing(db, results, cancellationToken);
        if (existing is not null) return new StoredMeeting(existing.Value, WasAlreadyStored: true);
        var meeting = ToRecord(results, supportNeedCategories);
        db.Set<MeetingRecord>().Add(meeting);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A parallel import of the same meeting won the unique index; anything else is a real failure.
            await using var again = await contexts.CreateDbContextAsync(cancellationToken);
            if (await Existing(again, results, cancellationToken) is { } raced) return new StoredMeeting(raced, WasAlreadyStored: true);
            throw;
        }
        return new StoredMeeting(meeting.Id, WasAlreadyStored: false);
    }

    public async Task<IReadOnlyList<StoredResultItem>> ItemsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<MeetingRecord>().AsNoTracking()
            .Where(meeting => meeting.Date >= from && meeting.Date <= to)
            .Join(db.Set<ResultItemRecord>().AsNoTracking(), meeting => meeting.Id, item => item.MeetingId, (meeting, item) => new { meeting, item })
            .ToListAsync(cancellationToken);
        return rows
            .OrderBy(row => row.meeting.Date).ThenBy(row => row.meeting.Id).ThenBy(row => row.item.Id)
            .Select(row => new StoredResultItem(row.meeting.Title, row.meeting.Date, row.meeting.Place, row.item.GroupName, row.item.SectionNumber,
                row.item.SectionTitle, row.item.Text, row.item.Count, row.item.Place, row.item.SupportNeedCategory))
            .ToList();
    }

    private static async Task<long?> Existing(NrwBotDbContext db, MeetingResults results, CancellationToken cancellationToken) =>
        await db.Set<MeetingRecord>().Where(record => record.Title == results.Title && record.Date == results.Date)
            .Select(record => (long?)record.Id).FirstOrDefaultAsync(cancellationToken);

    private MeetingRecord ToRecord(MeetingResults results, IReadOnlyDictionary<ResultItem, string> categories)
    {
        var meeting = new MeetingRecord { Title = results.Title, Date = results.Date, Place = results.Place, ImportedAt = clock.GetUtcNow() };
        foreach (var group in results.Groups)
            foreach (var section in group.Sections)
                for (var position = 0; position < section.Items.Count; position++)
                {
                    var item = section.Items[position];
                    meeting.Items.Add(new ResultItemRecord
                    {
                        GroupName = group.Name, SectionNumber = section.Number, SectionTitle = section.Title, Position = position,
                        Text = item.Text, Count = item.Count, Place = item.Place,
                        SupportNeedCategory = section.IsSupportNeed ? categories.GetValueOrDefault(item) : null,
                    });
                }
        return meeting;
    }
}
