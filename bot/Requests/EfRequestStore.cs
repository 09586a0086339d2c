using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Privacy;
using NrwBot.Dialogs.Requests;
using Microsoft.Extensions.Options;
using NrwBot.Host.Data;
using NrwBot.Host.Lks;
using NrwBot.Host.Outbox;

namespace NrwBot.Host.Requests;

/// <summary>
/// The request store on the bot's database (SQLite or PostgreSQL). Numbers come from a counter row per year
/// (<see cref="RequestCounterRecord"/>), taken in the creating transaction, so a number is never given twice, not
/// even after the request that had it was deleted. Creates run one after another (SQLite: BEGIN IMMEDIATE;
/// PostgreSQL: a transaction-scoped advisory lock, and the counter row's lock), and a unique index catches anything
/// that slips through, which is then retried. Changes are compare-and-swap on <see cref="SupportRequestRecord.Version"/>.
/// </summary>
public sealed class EfRequestStore(IDbContextFactory<NrwBotDbContext> contexts, OutboxWriter outbox, IOptionsMonitor<LksOptions> lks,
    ILogger<EfRequestStore> logger) : IRequestStore
{
    private const int MaxCreateAttempts = 5;

    // Any constant works; it names "request numbering" among the advisory locks of this database.
    private const long NumberingLock = 0x4E5257_5542;
    private static readonly RequestState[] OpenStates = [RequestState.New, RequestState.InProgress];

    public Task<CreatedRequest> CreateAsync(NewSupportRequest request, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryCreateAsync(request, cancellationToken);
            }
            catch (DbUpdateException error) when (attempt < MaxCreateAttempts)
            {
                // A unique index refused the row: someone took the number (retry with the next one), or a retry
                // of the same activity stored it first (the next attempt finds and returns it).
                logger.LogInformation(error, "Request insert collided (attempt {Attempt}); retrying", attempt);
            }
        }
    });

    public Task<SupportRequest?> FindAsync(RequestNumber number, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await Requests(db).FirstOrDefaultAsync(row => row.Year == number.Year && row.Sequence == number.Sequence, cancellationToken);
        return record is null ? null : await LoadAsync(db, record, cancellationToken);
    });

    public Task<SupportRequest?> FindBySourceAsync(string sourceKey, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await Requests(db).FirstOrDefaultAsync(row => row.SourceKey == sourceKey, cancellationToken);
        return record is null ? null : await LoadAsync(db, record, cancellationToken);
    });

    public Task<SupportRequest?> FindLatestAsync(int sequence, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await Requests(db).Where(row => row.Sequence == sequence).OrderByDescending(row => row.Year).FirstOrDefaultAsync(cancellationToken);
        return record is null ? null : await LoadAsync(db, record, cancellationToken);
    });

    public Task<SupportRequest?> FindByIdAsync(long id, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await Requests(db).FirstOrDefaultAsync(row => row.Id == id, cancellationToken);
        return record is null ? null : await LoadAsync(db, record, cancellationToken);
    });

    public Task<IReadOnlyList<SupportRequest>> ListAsync(RequestFilter filter, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await Filtered(Requests(db), filter).OrderBy(row => row.Id).ToListAsync(cancellationToken);
        // SQLite cannot compare DateTimeOffset in SQL; the queue is small, so the age filter runs here.
        if (filter.CreatedBefore is { } before) records = records.Where(row => row.CreatedAt < before).ToList();
        var links = await LinksAsync(db, records.Select(row => row.Id).ToList(), cancellationToken);
        return (IReadOnlyList<SupportRequest>)records.Select(row => RequestRecords.ToDomain(row, links.GetValueOrDefault(row.Id, []))).ToList();
    });

    public Task<IReadOnlyList<RequestTransition>> HistoryAsync(long requestId, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<RequestTransitionRecord>().AsNoTracking().Where(row => row.RequestId == requestId).OrderBy(row => row.Id).ToListAsync(cancellationToken);
        return (IReadOnlyList<RequestTransition>)rows.Select(RequestRecords.ToDomain).ToList();
    });

    /// <summary>The histories of many requests in one query (the digest), each oldest first.</summary>
    public Task<IReadOnlyDictionary<long, IReadOnlyList<RequestTransition>>> HistoriesAsync(IReadOnlyCollection<long> requestIds, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = requestIds.ToList();
        var rows = await db.Set<RequestTransitionRecord>().AsNoTracking().Where(row => ids.Contains(row.RequestId)).OrderBy(row => row.Id).ToListAsync(cancellationToken);
        return (IReadOnlyDictionary<long, IReadOnlyList<RequestTransition>>)rows.GroupBy(row => row.RequestId)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<RequestTransition>)group.Select(RequestRecords.ToDomain).ToList());
    });

    public Task<ChangeOutcome> ApplyAsync(SupportRequest before, SupportRequest after, RequestTransition transition, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (assigneeKey, assigneeName, version) = (after.Assignee?.Key, after.Assignee?.Name, before.Version + 1);
        // The write comes first in the transaction: on SQLite it takes the write lock at once, on PostgreSQL the
        // second of two concurrent updates waits for the first and then finds the version changed.
        var changed = await db.Set<SupportRequestRecord>()
            .Where(row => row.Id == before.Id && row.Version == before.Version)
            .ExecuteUpdateAsync(setters => setters
                .SetProperty(row => row.State, after.State)
                .SetProperty(row => row.AssigneeKey, assigneeKey)
                .SetProperty(row => row.AssigneeName, assigneeName)
                .SetProperty(row => row.Answer, after.Answer)
                .SetProperty(row => row.UpdatedAt, after.UpdatedAt)
                .SetProperty(row => row.Version, version), cancellationToken);
        if (changed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            var current = await Requests(db).FirstOrDefaultAsync(row => row.Id == before.Id, cancellationToken);
            return new ChangeOutcome(false, current is null ? null : await LoadAsync(db, current, cancellationToken));
        }
        db.Add(RequestRecords.From(transition with { RequestId = before.Id }));
        QueueCard(db, before.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ChangeOutcome(true, after with { Version = version });
    });

    public Task<ForgetResult> ForgetRequesterAsync(string requesterKey, string? requesterName, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Two deletions of one person at once (a double click, two instances): on PostgreSQL both would read the same
        // open requests and withdraw each twice; the second now waits and finds nothing left. SQLite's writes are serial.
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext({0}))", [requesterKey], cancellationToken);
        var rows = db.Set<SupportRequestRecord>().Where(row => row.RequesterKey == requesterKey);
        var open = await rows.AsNoTracking().Where(row => OpenStates.Contains(row.State)).ToListAsync(cancellationToken);
        var openIds = open.Select(row => row.Id).ToList();
        var links = await LinksAsync(db, openIds, cancellationToken);
        var deleted = open.Select(row => RequestRecords.ToDomain(row, links.GetValueOrDefault(row.Id, []))).ToList();
        await db.Set<RequestTransitionRecord>().Where(row => openIds.Contains(row.RequestId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<RequestLinkRecord>().Where(row => openIds.Contains(row.RequestId) || openIds.Contains(row.LinkedRequestId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<SupportRequestRecord>().Where(row => openIds.Contains(row.Id)).ExecuteDeleteAsync(cancellationToken);
        // Closed requests stay for the statistics: the category, region, dates and answer, not the person — neither
        // their key and name nor their name in the texts (the description, the LKS answer and comments).
        var closed = await rows.ToListAsync(cancellationToken);
        var closedIds = closed.Select(row => row.Id).ToList();
        var name = requesterName ?? closed.Select(row => row.RequesterName).FirstOrDefault(known => known is not null);
        foreach (var row in closed)
        {
            row.RequesterKey = null;
            row.RequesterName = null;
            row.SourceKey = null;
            row.Consent = false;
            row.RedactedDescription = PersonName.Scrub(row.RedactedDescription, name);
            row.Description = row.RedactedDescription;
            row.Answer = PersonName.ScrubOrNull(row.Answer, name);
            row.Version++;
        }
        foreach (var entry in await db.Set<RequestTransitionRecord>().Where(row => closedIds.Contains(row.RequestId)).ToListAsync(cancellationToken))
        {
            if (entry.ActorKey == requesterKey) (entry.ActorKey, entry.ActorName) = (null, null);
            // The requester's own words go entirely: the stars of a rating stay for the statistics, a reopening's reason does not.
            entry.Comment = entry.Kind switch
            {
                TransitionKind.Rated => RequestRating.Parse(entry.Comment)?.WithoutComment.Stored,
                TransitionKind.Reopened => null,
                _ => PersonName.ScrubOrNull(entry.Comment, name),
            };
        }
        await db.SaveChangesAsync(cancellationToken);
        // Their cards still waiting in the outbox: rendered again when delivered (a deleted request's card then says so).
        var subjects = openIds.Concat(closedIds).Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        await db.Set<OutboxRecord>().Where(row => row.Kind == OutboxKinds.RequestCard && subjects.Contains(row.Subject!))
            .ExecuteUpdateAsync(setters => setters.SetProperty(row => row.Payload, (string?)null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ForgetResult(deleted, closedIds.Count);
    });

    private async Task<CreatedRequest> TryCreateAsync(NewSupportRequest request, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // On SQLite this is BEGIN IMMEDIATE: creates run one after another, so numbers never collide there.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // On PostgreSQL two instances would read the same highest number; the lock lasts until commit or rollback.
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [NumberingLock], cancellationToken);
        if (request.SourceKey is { } source && await Requests(db).FirstOrDefaultAsync(row => row.SourceKey == source, cancellationToken) is { } stored)
            return new CreatedRequest(await LoadAsync(db, stored, cancellationToken), false);
        var year = GermanTime.Year(request.CreatedAt);
        var record = RequestRecords.From(request, new RequestNumber(year, await NextSequenceAsync(db, year, cancellationToken)));
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var other in await SimilarOpenAsync(db, record, cancellationToken))
        {
            db.Add(new RequestLinkRecord { RequestId = record.Id, LinkedRequestId = other });
            db.Add(new RequestLinkRecord { RequestId = other, LinkedRequestId = record.Id });
        }
        var requester = request.RequesterName is { } name ? new RequestActor(request.RequesterKey, name) : null;
        db.Add(RequestRecords.From(new RequestTransition(record.Id, TransitionKind.Created, null, RequestState.New, requester, request.CreatedAt)));
        QueueCard(db, record.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CreatedRequest(await LoadAsync(db, record, cancellationToken), true);
    }

    /// <summary>
    /// The open requests of the same region and category a new one is linked with: at most <see cref="MaxLinks"/>,
    /// those sharing most words with it first, then the most recent. Linking all of them made the links (and the
    /// card refreshes of each new request) grow with the square of the queue.
    /// </summary>
    private static async Task<List<long>> SimilarOpenAsync(NrwBotDbContext db, SupportRequestRecord record, CancellationToken cancellationToken)
    {
        var candidates = await db.Set<SupportRequestRecord>().AsNoTracking()
            .Where(row => row.Id != record.Id && row.Region == record.Region && row.CategoryId == record.CategoryId && OpenStates.Contains(row.State))
            .Select(row => new { row.Id, row.RedactedDescription }).ToListAsync(cancellationToken);
        var words = Words(record.RedactedDescription);
        return candidates
            .OrderByDescending(row => Words(row.RedactedDescription).Count(words.Contains))
            .ThenByDescending(row => row.Id)
            .Take(MaxLinks).Select(row => row.Id).ToList();
    }

    public const int MaxLinks = 3;

    private static HashSet<string> Words(string? text) =>
        (text ?? "").ToLowerInvariant().Split((char[])[' ', ',', '.', ';', ':', '!', '?', '(', ')', '"', '\n', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.Length > 3).ToHashSet();

    // In the transaction of the change: the card reaches the LKS channel even if the process dies right after commit.
    private void QueueCard(NrwBotDbContext db, long requestId)
    {
        if (LksChannelCards.Queue(lks.CurrentValue, requestId) is { } card) outbox.Add(db, card);
    }

    /// <summary>
    /// Advances the year's counter and returns the new number. A year without a counter row (a database from before
    /// the counter) starts after its highest stored number. One statement on both providers (upsert), inside the
    /// creating transaction: a rolled-back create gives its number back, a committed one never.
    /// </summary>
    private static async Task<int> NextSequenceAsync(NrwBotDbContext db, int year, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO request_counters ("Year", "LastSequence")
            VALUES ({0}, COALESCE((SELECT MAX("Sequence") FROM support_requests WHERE "Year" = {0}), 0) + 1)
            ON CONFLICT ("Year") DO UPDATE SET "LastSequence" = request_counters."LastSequence" + 1
            """, [year], cancellationToken);
        return await db.Set<RequestCounterRecord>().AsNoTracking().Where(row => row.Year == year).Select(row => row.LastSequence).SingleAsync(cancellationToken);
    }

    private static IQueryable<SupportRequestRecord> Requests(NrwBotDbContext db) => db.Set<SupportRequestRecord>().AsNoTracking();

    private static IQueryable<SupportRequestRecord> Filtered(IQueryable<SupportRequestRecord> rows, RequestFilter filter)
    {
        if (filter.States.Count > 0)
        {
            var states = filter.States.ToList();
            rows = rows.Where(row => states.Contains(row.State));
        }
        if (filter.CategoryId is { } category) rows = rows.Where(row => row.CategoryId == category);
        if (filter.Region is { } region) rows = rows.Where(row => row.Region == region);
        if (filter.RequesterKey is { } requester) rows = rows.Where(row => row.RequesterKey == requester);
        if (filter.AssigneeKey is { } assignee) rows = rows.Where(row => row.AssigneeKey == assignee);
        if (filter.UrgentOnly) rows = rows.Where(row => row.Urgency == Urgency.Urgent);
        return rows;
    }

    private static async Task<SupportRequest> LoadAsync(NrwBotDbContext db, SupportRequestRecord record, CancellationToken cancellationToken)
    {
        var links = await LinksAsync(db, [record.Id], cancellationToken);
        return RequestRecords.ToDomain(record, links.GetValueOrDefault(record.Id, []));
    }

    private static async Task<Dictionary<long, IReadOnlyList<RequestNumber>>> LinksAsync(NrwBotDbContext db, List<long> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return [];
        var rows = await db.Set<RequestLinkRecord>().AsNoTracking()
            .Where(link => ids.Contains(link.RequestId))
            .Join(db.Set<SupportRequestRecord>(), link => link.LinkedRequestId, request => request.Id,
                (link, request) => new { link.RequestId, request.Year, request.Sequence })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(row => row.RequestId).ToDictionary(
            group => group.Key,
            group => (IReadOnlyList<RequestNumber>)group.Select(row => new RequestNumber(row.Year, row.Sequence)).OrderBy(number => number.Year).ThenBy(number => number.Sequence).ToList());
    }

    /// <summary>Database failures become <see cref="RequestStoreException"/>; the features tell the user plainly and keep their work.</summary>
    private async Task<T> GuardAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception error) when (error is DbException or DbUpdateException or TimeoutException)
        {
            logger.LogError(error, "Request store failed");
            throw new RequestStoreException("The request store failed.", error);
        }
    }
}
