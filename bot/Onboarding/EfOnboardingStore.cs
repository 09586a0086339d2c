using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Onboarding;
using NrwBot.Host.Data;

namespace NrwBot.Host.Onboarding;

/// <summary>The onboarding progress in the bot's database (SQLite or PostgreSQL).</summary>
public sealed class EfOnboardingStore(IDbContextFactory<NrwBotDbContext> contexts) : IOnboardingStore
{
    public async Task<OnboardingProgress?> FindAsync(string userKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<OnboardingProgressRecord>().AsNoTracking().Include(progress => progress.Steps)
            .FirstOrDefaultAsync(progress => progress.UserKey == userKey, cancellationToken);
        return record is null ? null : OnboardingRecordMapper.ToProgress(record);
    }

    public async Task SaveAsync(OnboardingProgress progress, CancellationToken cancellationToken)
    {
        try
        {
            await SaveOnceAsync(progress, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two turns of the same user inserted the row at once: the second one updates it instead.
            await SaveOnceAsync(progress, cancellationToken);
        }
    }

    public async Task ForgetAsync(string userKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<OnboardingStepRecord>().Where(step => step.UserKey == userKey).ExecuteDeleteAsync(cancellationToken);
        await db.Set<OnboardingProgressRecord>().Where(progress => progress.UserKey == userKey).ExecuteDeleteAsync(cancellationToken);
        await db.Set<PeerAccountRecord>().Where(account => account.UserKey == userKey).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<OnboardingProgress>> FindIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Set<OnboardingProgressRecord>().AsNoTracking().Include(progress => progress.Steps)
            .Where(progress => progress.FinishedAt == null && !progress.RemindersOff && progress.LastProgressAt <= idleSince)
            .ToListAsync(cancellationToken);
        return records.Select(OnboardingRecordMapper.ToProgress).ToList();
    }

    public async Task<bool> TryClaimReminderAsync(string userKey, DateTimeOffset? previous, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.Set<OnboardingProgressRecord>().Where(progress => progress.UserKey == userKey);
        rows = previous is { } last
            ? rows.Where(progress => progress.LastReminderAt == last)
            : rows.Where(progress => progress.LastReminderAt == null);
        // One conditional UPDATE: of two instances reading the same row, only the first changes it.
        var claimed = await rows.ExecuteUpdateAsync(setters => setters.SetProperty(progress => progress.LastReminderAt, (DateTimeOffset?)now), cancellationToken);
        return claimed == 1;
    }

    public async Task<OnboardingFigures> FiguresAsync(DateTimeOffset from, DateTimeOffset to, TimeSpan stuckAfter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var all = db.Set<OnboardingProgressRecord>().AsNoTracking();
        var stuckBefore = to - stuckAfter;
        var started = await all.CountAsync(progress => progress.StartedAt >= from && progress.StartedAt < to, cancellationToken);
        var finished = await all.CountAsync(progress => progress.FinishedAt != null && progress.FinishedAt >= from && progress.FinishedAt < to, cancellationToken);
        var stuck = await all.CountAsync(progress => progress.StartedAt < to && (progress.FinishedAt == null || progress.FinishedAt >= to)
            && progress.LastProgressAt < stuckBefore, cancellationToken);
        var people = await all
            .Where(progress => progress.SharesProgress && progress.DisplayName != null && progress.StartedAt < to
                && (progress.FinishedAt == null || progress.FinishedAt >= from))
            .Select(progress => new OnboardingPerson(progress.DisplayName!, progress.Region, progress.Steps.Count, progress.StartedAt, progress.LastProgressAt, progress.FinishedAt))
            .ToListAsync(cancellationToken);
        return new OnboardingFigures(started, finished, stuck, people.OrderBy(person => person.Name, StringComparer.Create(new("de-DE"), true)).ToList());
    }

    private async Task SaveOnceAsync(OnboardingProgress progress, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var set = db.Set<OnboardingProgressRecord>();
        var record = await set.Include(existing => existing.Steps).FirstOrDefaultAsync(existing => existing.UserKey == progress.UserKey, cancellationToken);
        if (record is null)
        {
            record = new OnboardingProgressRecord { UserKey = progress.UserKey };
            set.Add(record);
        }
        OnboardingRecordMapper.CopyInto(progress, record);
        await db.SaveChangesAsync(cancellationToken);
    }
}
