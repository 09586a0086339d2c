using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Materials;
using NrwBot.Host.Data;

namespace NrwBot.Host.Materials;

/// <summary>„Kontakt aufnehmen“ claims on the bot's database: the unique (material, person) pair decides, on any instance.</summary>
public sealed class EfMaterialContacts(IDbContextFactory<NrwBotDbContext> contexts, ILogger<EfMaterialContacts> logger) : IMaterialContacts
{
    public Task<bool> TryClaimAsync(int materialId, string clickerKey, DateTimeOffset now, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Set<MaterialContactRecord>().AnyAsync(row => row.MaterialId == materialId && row.ClickerKey == clickerKey, cancellationToken)) return false;
        db.Add(new MaterialContactRecord { MaterialId = materialId, ClickerKey = clickerKey, ContactedAt = now.ToUnixTimeMilliseconds() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException error) when (error is not DbUpdateConcurrencyException)
        {
            // The other click of a double click won the unique index.
            return false;
        }
    });

    public Task ReleaseAsync(int materialId, string clickerKey, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<MaterialContactRecord>().Where(row => row.MaterialId == materialId && row.ClickerKey == clickerKey).ExecuteDeleteAsync(cancellationToken);
    });

    public Task<int> CountAsync(string clickerKey, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<MaterialContactRecord>().CountAsync(row => row.ClickerKey == clickerKey, cancellationToken);
    });

    public Task ForgetAsync(string userKey, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var owned = db.Set<MaterialRecord>().Where(material => material.OwnerKey == userKey).Select(material => material.Id);
        return await db.Set<MaterialContactRecord>().Where(row => row.ClickerKey == userKey || owned.Contains(row.MaterialId)).ExecuteDeleteAsync(cancellationToken);
    });

    private async Task<T> GuardAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception error) when (error is DbException or TimeoutException or (DbUpdateException and not DbUpdateConcurrencyException))
        {
            logger.LogError(error, "Material contacts failed");
            throw new MaterialStoreException("The material contacts store failed.", error);
        }
    }
}
