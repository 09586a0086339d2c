using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Materials;
using NrwBot.Host.Data;

namespace NrwBot.Host.Materials;

/// <summary>The Materialbörse on the bot's database (SQLite or PostgreSQL).</summary>
public sealed class EfMaterialStore(IDbContextFactory<NrwBotDbContext> contexts, ILogger<EfMaterialStore> logger) : IMaterialStore
{
    public Task<SharedMaterial> ShareAsync(Material material, string sourceKey, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        if (await FindBySourceAsync(sourceKey, cancellationToken) is { } earlier) return new SharedMaterial(earlier, false);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = new MaterialRecord { OwnerKey = material.OwnerKey, SourceKey = sourceKey, SharedAt = material.SharedAt.ToUnixTimeMilliseconds() };
        Fill(record, material, material.UpdatedAt);
        db.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new SharedMaterial(ToMaterial(record), true);
        }
        catch (DbUpdateException error) when (error is not DbUpdateConcurrencyException)
        {
            // The second click of a double click on another instance: the unique source key kept one.
            if (await FindBySourceAsync(sourceKey, cancellationToken) is { } other) return new SharedMaterial(other, false);
            throw;
        }
    });

    public Task<Material?> FindAsync(int id, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<MaterialRecord>().AsNoTracking().FirstOrDefaultAsync(row => row.Id == id, cancellationToken);
        return record is null ? null : ToMaterial(record);
    });

    public Task<Material?> FindBySourceAsync(string sourceKey, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<MaterialRecord>().AsNoTracking().FirstOrDefaultAsync(row => row.SourceKey == sourceKey, cancellationToken);
        return record is null ? null : ToMaterial(record);
    });

    public Task<IReadOnlyList<Material>> ActiveAsync(CancellationToken cancellationToken) =>
        ListAsync(rows => rows.Where(row => !row.Withdrawn), cancellationToken);

    public Task<IReadOnlyList<Material>> OwnedAsync(string ownerKey, CancellationToken cancellationToken) =>
        ListAsync(rows => rows.Where(row => row.OwnerKey == ownerKey), cancellationToken);

    public Task<bool> UpdateAsync(Material material, DateTimeOffset now, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<MaterialRecord>().FirstOrDefaultAsync(row => row.Id == material.Id, cancellationToken);
        if (record is null) return false;
        var linkChanged = record.Link != material.Link;
        Fill(record, material, now);
        if (linkChanged)
        {
            // A new link is checked from scratch (and a failure of it is told again).
            record.LinkCheckedAt = null;
            record.LinkFailingSince = null;
            record.LinkFlaggedAt = null;
        }
        await db.SaveChangesAsync(cancellationToken);
        return true;
    });

    public Task<bool> SetWithdrawnAsync(int id, bool withdrawn, DateTimeOffset now, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var changed = await db.Set<MaterialRecord>().Where(row => row.Id == id && row.Withdrawn != withdrawn)
            .ExecuteUpdateAsync(set => set.SetProperty(row => row.Withdrawn, withdrawn).SetProperty(row => row.UpdatedAt, now.ToUnixTimeMilliseconds()), cancellationToken);
        return changed > 0;
    });

    public Task<int> ForgetAsync(string ownerKey, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<MaterialRecord>().Where(row => row.OwnerKey == ownerKey).ExecuteDeleteAsync(cancellationToken);
    });

    public Task<IReadOnlyList<RegionMaterialCount>> SharedPerRegionAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        GuardAsync<IReadOnlyList<RegionMaterialCount>>(async () =>
        {
            var (start, end) = (from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds());
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var counts = await db.Set<MaterialRecord>().AsNoTracking()
                .Where(row => !row.Withdrawn && row.SharedAt >= start && row.SharedAt < end)
                .GroupBy(row => row.Region)
                .Select(group => new { Region = group.Key, Count = group.Count() })
                .ToListAsync(cancellationToken);
            return counts.OrderBy(count => count.Region, StringComparer.Ordinal).Select(count => new RegionMaterialCount(count.Region, count.Count)).ToList();
        });

    public Task<IReadOnlyList<Material>> DueForLinkCheckAsync(DateTimeOffset checkedBefore, int max, CancellationToken cancellationToken)
    {
        var before = checkedBefore.ToUnixTimeMilliseconds();
        return ListAsync(rows => rows.Where(row => !row.Withdrawn && (row.LinkCheckedAt == null || row.LinkCheckedAt < before))
            .OrderBy(row => row.LinkCheckedAt ?? 0).ThenBy(row => row.Id).Take(max), cancellationToken);
    }

    public Task<bool> RecordLinkCheckAsync(int id, bool ok, DateTimeOffset now, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        var at = now.ToUnixTimeMilliseconds();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.Set<MaterialRecord>().Where(row => row.Id == id);
        if (ok)
        {
            await rows.ExecuteUpdateAsync(set => set.SetProperty(row => row.LinkCheckedAt, at).SetProperty(row => row.LinkFailingSince, (long?)null)
                .SetProperty(row => row.LinkFlaggedAt, (long?)null), cancellationToken);
            return false;
        }
        await rows.Where(row => row.LinkFailingSince == null).ExecuteUpdateAsync(set => set.SetProperty(row => row.LinkFailingSince, at), cancellationToken);
        await rows.ExecuteUpdateAsync(set => set.SetProperty(row => row.LinkCheckedAt, at), cancellationToken);
        // The claim: only the update that finds the failure untold tells it.
        return await rows.Where(row => row.LinkFlaggedAt == null).ExecuteUpdateAsync(set => set.SetProperty(row => row.LinkFlaggedAt, at), cancellationToken) > 0;
    });

    private Task<IReadOnlyList<Material>> ListAsync(Func<IQueryable<MaterialRecord>, IQueryable<MaterialRecord>> query, CancellationToken cancellationToken) =>
        GuardAsync<IReadOnlyList<Material>>(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var records = await query(db.Set<MaterialRecord>().AsNoTracking()).ToListAsync(cancellationToken);
            return records.Select(ToMaterial).ToList();
        });

    private static void Fill(MaterialRecord record, Material material, DateTimeOffset updatedAt)
    {
        record.Title = material.Title;
        record.Kind = (int)material.Kind;
        record.Topics = MaterialDraft.Join(material.TopicIds);
        record.Tags = MaterialDraft.Join(material.Tags);
        record.Region = material.Region;
        record.Year = material.Year;
        record.Link = material.Link;
        record.Description = material.Description;
        record.Visibility = (int)material.Visibility;
        record.UpdatedAt = updatedAt.ToUnixTimeMilliseconds();
    }

    private static Material ToMaterial(MaterialRecord record) => new()
    {
        Id = record.Id,
        OwnerKey = record.OwnerKey,
        Title = record.Title,
        Kind = Enum.IsDefined((MaterialKind)record.Kind) ? (MaterialKind)record.Kind : MaterialKind.Sonstiges,
        TopicIds = MaterialDraft.Split(record.Topics),
        Tags = MaterialDraft.Split(record.Tags),
        Region = record.Region,
        Year = record.Year,
        Link = record.Link,
        Description = record.Description,
        Visibility = record.Visibility == (int)MaterialVisibility.LksOnly ? MaterialVisibility.LksOnly : MaterialVisibility.Network,
        Withdrawn = record.Withdrawn,
        SharedAt = DateTimeOffset.FromUnixTimeMilliseconds(record.SharedAt),
        UpdatedAt = DateTimeOffset.FromUnixTimeMilliseconds(record.UpdatedAt),
        LinkCheckedAt = record.LinkCheckedAt is { } checkedAt ? DateTimeOffset.FromUnixTimeMilliseconds(checkedAt) : null,
        LinkFailingSince = record.LinkFailingSince is { } since ? DateTimeOffset.FromUnixTimeMilliseconds(since) : null,
    };

    /// <summary>Database failures become <see cref="MaterialStoreException"/>; the feature tells the user plainly.</summary>
    private async Task<T> GuardAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception error) when (error is DbException or TimeoutException or (DbUpdateException and not DbUpdateConcurrencyException))
        {
            logger.LogError(error, "Material store failed");
            throw new MaterialStoreException("The material store failed.", error);
        }
    }
}
