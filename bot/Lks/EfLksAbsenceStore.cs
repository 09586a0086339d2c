using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Lks;
using NrwBot.Dialogs.Requests;
using NrwBot.Host.Data;

namespace NrwBot.Host.Lks;

/// <summary>The absences on the bot's database; failures become <see cref="RequestStoreException"/> like the rest of the LKS desk.</summary>
public sealed class EfLksAbsenceStore(IDbContextFactory<NrwBotDbContext> contexts, ILogger<EfLksAbsenceStore> logger) : ILksAbsenceStore
{
    public Task<IReadOnlyList<LksAbsence>> CurrentAsync(DateOnly today, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<LksAbsenceRecord>().AsNoTracking().Where(row => row.Until >= today).ToListAsync(cancellationToken);
        return (IReadOnlyList<LksAbsence>)rows.Select(ToDomain).ToList();
    });

    public Task SaveAsync(LksAbsence absence, CancellationToken cancellationToken) => GuardAsync<bool>(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<LksAbsenceRecord>().FirstOrDefaultAsync(row => row.MemberKey == absence.Member.Key, cancellationToken);
        if (row is null) db.Add(row = new LksAbsenceRecord { MemberKey = absence.Member.Key! });
        row.MemberName = absence.Member.Name;
        row.Until = absence.Until;
        row.SubstituteKey = absence.Substitute.Key!;
        row.SubstituteName = absence.Substitute.Name;
        row.SetByKey = absence.SetByKey;
        row.SetAt = absence.SetAt;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (db.Entry(row).State == EntityState.Added)
        {
            // A double click on two instances: the other one stored the same member's absence a moment earlier; store ours over it.
            db.ChangeTracker.Clear();
            await SaveAsync(absence, cancellationToken);
        }
        return true;
    });

    public Task<bool> EndAsync(string memberKey, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<LksAbsenceRecord>().Where(row => row.MemberKey == memberKey).ExecuteDeleteAsync(cancellationToken) > 0;
    });

    public Task<IReadOnlyList<LksAbsence>> InvolvingAsync(string userKey, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await Involving(db, userKey).AsNoTracking().ToListAsync(cancellationToken);
        return (IReadOnlyList<LksAbsence>)rows.Select(ToDomain).ToList();
    });

    public Task<int> ForgetAsync(string userKey, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Involving(db, userKey).ExecuteDeleteAsync(cancellationToken);
    });

    private static IQueryable<LksAbsenceRecord> Involving(NrwBotDbContext db, string userKey) =>
        db.Set<LksAbsenceRecord>().Where(row => row.MemberKey == userKey || row.SubstituteKey == userKey || row.SetByKey == userKey);

    private static LksAbsence ToDomain(LksAbsenceRecord row) =>
        new(new RequestActor(row.MemberKey, row.MemberName), row.Until, new RequestActor(row.SubstituteKey, row.SubstituteName), row.SetByKey, row.SetAt);

    private async Task<T> GuardAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception error) when (error is DbException or DbUpdateException or TimeoutException)
        {
            logger.LogError(error, "Absence store failed");
            throw new RequestStoreException("The absence store failed.", error);
        }
    }
}
