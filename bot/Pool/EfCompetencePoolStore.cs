using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Pool;
using NrwBot.Host.Data;

namespace NrwBot.Host.Pool;

/// <summary>The Kompetenzpool on the bot's database (SQLite or PostgreSQL).</summary>
public sealed class EfCompetencePoolStore(IDbContextFactory<NrwBotDbContext> contexts, ILogger<EfCompetencePoolStore> logger) : ICompetencePoolStore
{
    private const char ListSeparator = '\n';

    public Task<CompetenceProfile?> FindAsync(string userKey, CancellationToken cancellationToken) =>
        FirstAsync(record => record.UserKey == userKey, cancellationToken);

    public Task<CompetenceProfile?> FindByPublicIdAsync(string publicId, CancellationToken cancellationToken) =>
        FirstAsync(record => record.PublicId == publicId, cancellationToken);

    public Task SaveAsync(CompetenceProfile profile, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        try
        {
            await UpsertAsync(profile, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same person saved at the same moment on another instance (a double click): the row exists now.
            await UpsertAsync(profile, cancellationToken);
        }
        return true;
    });

    public Task<bool> ConfirmAsync(string userKey, DateTimeOffset now, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<CompetenceProfileRecord>().Where(record => record.UserKey == userKey)
            .ExecuteUpdateAsync(update => update.SetProperty(record => record.ConfirmedAt, now), cancellationToken) > 0;
    });

    public Task<bool> DeleteAsync(string userKey, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<CompetenceProfileRecord>().Where(record => record.UserKey == userKey).ExecuteDeleteAsync(cancellationToken) > 0;
    });

    public Task<IReadOnlyList<CompetenceProfile>> VisibleAsync(DateTimeOffset confirmedSince, CancellationToken cancellationToken) =>
        ListAsync(records => records.Where(record => record.ConfirmedAt >= confirmedSince), cancellationToken);

    public Task<IReadOnlyList<CompetenceProfile>> DueForRenewalAsync(DateTimeOffset confirmedBefore, CancellationToken cancellationToken) =>
        ListAsync(records => records.Where(record => record.ConfirmedAt < confirmedBefore
            && (record.RenewalAskedAt == null || record.RenewalAskedAt < record.ConfirmedAt)), cancellationToken);

    public Task<bool> TryClaimRenewalAsync(string userKey, DateTimeOffset confirmedAt, DateTimeOffset now, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        // One conditional UPDATE: whoever changes the row asks; a confirmation in between (new ConfirmedAt) wins.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<CompetenceProfileRecord>()
            .Where(record => record.UserKey == userKey && record.ConfirmedAt == confirmedAt
                && (record.RenewalAskedAt == null || record.RenewalAskedAt < record.ConfirmedAt))
            .ExecuteUpdateAsync(update => update.SetProperty(record => record.RenewalAskedAt, now), cancellationToken) == 1;
    });

    private async Task UpsertAsync(CompetenceProfile profile, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var set = db.Set<CompetenceProfileRecord>();
        var record = await set.FirstOrDefaultAsync(row => row.UserKey == profile.UserKey, cancellationToken);
        if (record is null) set.Add(record = new CompetenceProfileRecord { UserKey = profile.UserKey, PublicId = profile.PublicId, CreatedAt = profile.CreatedAt });
        record.Name = profile.Name;
        record.Region = profile.Region;
        record.TopicIds = string.Join(ListSeparator, profile.TopicIds);
        record.Tags = string.Join(ListSeparator, profile.Tags);
        record.Methods = profile.Methods;
        record.Languages = profile.Languages;
        record.Offers = (int)profile.Offers;
        record.Email = profile.Email;
        record.ConfirmedAt = profile.ConfirmedAt;
        await db.SaveChangesAsync(cancellationToken);
    }

    private Task<CompetenceProfile?> FirstAsync(System.Linq.Expressions.Expression<Func<CompetenceProfileRecord, bool>> filter, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var record = await db.Set<CompetenceProfileRecord>().AsNoTracking().FirstOrDefaultAsync(filter, cancellationToken);
            return record is null ? null : ToProfile(record);
        });

    private Task<IReadOnlyList<CompetenceProfile>> ListAsync(Func<IQueryable<CompetenceProfileRecord>, IQueryable<CompetenceProfileRecord>> filter,
        CancellationToken cancellationToken) => GuardAsync<IReadOnlyList<CompetenceProfile>>(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await filter(db.Set<CompetenceProfileRecord>().AsNoTracking()).ToListAsync(cancellationToken);
        return records.Select(ToProfile).ToList();
    });

    private static CompetenceProfile ToProfile(CompetenceProfileRecord record) => new(record.UserKey, record.PublicId, record.Name, record.Region)
    {
        TopicIds = Split(record.TopicIds),
        Tags = Split(record.Tags),
        Methods = record.Methods,
        Languages = record.Languages,
        Offers = (CompetenceOffers)record.Offers,
        Email = record.Email,
        CreatedAt = record.CreatedAt,
        ConfirmedAt = record.ConfirmedAt,
        RenewalAskedAt = record.RenewalAskedAt,
    };

    private static IReadOnlyList<string> Split(string list) => list.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries);

    private async Task<T> GuardAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception error) when (error is DbException or TimeoutException or (DbUpdateException and not DbUpdateConcurrencyException))
        {
            logger.LogError(error, "Competence pool store failed");
            throw new PoolStoreException("The competence pool store failed.", error);
        }
    }
}
