using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Content;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Knowledge.Store;
using NrwBot.Host.Data;
using NrwBot.Host.Outbox;

namespace NrwBot.Host.Knowledge;

/// <summary>
/// The knowledge base on the bot's database (SQLite or PostgreSQL). Every write runs in one transaction that first
/// raises the revision row (<see cref="KnowledgeRevisionRecord"/>): on SQLite that takes the write lock at once, on
/// PostgreSQL the row lock makes a second writer wait and then read what the first committed. So versions are
/// numbered without gaps or collisions, and an instance that sees a new revision finds the change committed.
/// </summary>
public sealed partial class EfKnowledgeStore(IDbContextFactory<NrwBotDbContext> contexts, OutboxWriter outbox, OutboxSignal outboxSignal,
    ILogger<EfKnowledgeStore> logger) : IKnowledgeStore
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Task<long> RevisionAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ReadRevisionAsync(db, cancellationToken);
    });

    public Task<PublishedKnowledge> PublishedAsync(CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The revision first: a change committed in between makes the next poll load again, never an old state look new.
        var revision = await ReadRevisionAsync(db, cancellationToken);
        var rows = await PublishedVersionsAsync(db, cancellationToken);
        return new PublishedKnowledge(revision, rows.Values.OrderBy(row => row.ArticleId, StringComparer.Ordinal).Select(ToArticle).ToList());
    });

    public Task<bool> SeedAsync(IReadOnlyList<KnowledgeArticle> articles, ArticleChange change, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Only the one writer that moves the revision from 0 seeds; a second instance starting at once finds 1 and leaves it.
        var first = await Revision(db).Where(row => row.Revision == 0)
            .ExecuteUpdateAsync(setters => setters.SetProperty(row => row.Revision, row => row.Revision + 1), cancellationToken);
        if (first == 0 || await db.Set<KnowledgeArticleRecord>().AnyAsync(cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }
        foreach (var article in articles) AddNew(db, article, change);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    });

    public Task<ImportResult> ImportAsync(IReadOnlyList<KnowledgeArticle> articles, ArticleChange change, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await RaiseRevisionAsync(db, cancellationToken);
        var known = await db.Set<KnowledgeArticleRecord>().ToDictionaryAsync(row => row.Id, StringComparer.Ordinal, cancellationToken);
        var published = await PublishedVersionsAsync(db, cancellationToken);
        List<string> added = [], changed = [];
        var unchanged = 0;
        foreach (var article in articles)
        {
            if (!known.TryGetValue(article.Id, out var record))
            {
                AddNew(db, article, change);
                added.Add(article.Id);
            }
            else if (published.TryGetValue(article.Id, out var current) && SameContent(ToArticle(current), article))
                unchanged++;
            else
            {
                Publish(db, record, article, change);
                changed.Add(article.Id);
            }
        }
        if (added.Count + changed.Count == 0)
        {
            // Nothing new: the revision stays, so no instance reloads for nothing.
            await transaction.RollbackAsync(cancellationToken);
            return new ImportResult([], [], unchanged);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportResult(added, changed, unchanged);
    });

    public Task<IReadOnlyList<ArticleVersion>> HistoryAsync(string articleId, CancellationToken cancellationToken) => GuardAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = await db.Set<KnowledgeArticleRecord>().AsNoTracking().FirstOrDefaultAsync(row => row.Id == articleId, cancellationToken);
        if (article is null) return (IReadOnlyList<ArticleVersion>)[];
        var versions = await db.Set<KnowledgeArticleVersionRecord>().AsNoTracking().Where(row => row.ArticleId == articleId)
            .OrderBy(row => row.Version).ToListAsync(cancellationToken);
        return versions.Select(row => new ArticleVersion(row.ArticleId, row.Version, ToArticle(row),
            new ArticleChange(row.ChangedBy, row.ChangedAt, row.ApprovedBy, row.Note), row.Version == article.PublishedVersion)).ToList();
    });

    public Task<RollbackOutcome> RollbackAsync(string articleId, int version, int? expectedPublished, ArticleChange change, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await RaiseRevisionAsync(db, cancellationToken);
            var outcome = await TryRollbackAsync(db, articleId, version, expectedPublished, change, cancellationToken);
            if (outcome.Result != RollbackResult.RolledBack)
            {
                await transaction.RollbackAsync(cancellationToken);
                return outcome;
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return outcome;
        });

    private static async Task<RollbackOutcome> TryRollbackAsync(NrwBotDbContext db, string articleId, int version, int? expectedPublished, ArticleChange change,
        CancellationToken cancellationToken)
    {
        var record = await db.Set<KnowledgeArticleRecord>().FirstOrDefaultAsync(row => row.Id == articleId, cancellationToken);
        if (record is null) return new RollbackOutcome(RollbackResult.UnknownArticle, null);
        var target = await VersionAsync(db, articleId, version, cancellationToken);
        if (target is null) return new RollbackOutcome(RollbackResult.UnknownVersion, record.PublishedVersion);
        // Content first: a confirmation sent twice finds the content already published, not a "change" made by itself.
        var current = record.PublishedVersion is { } publishedVersion ? await VersionAsync(db, articleId, publishedVersion, cancellationToken) : null;
        if (current is not null && SameContent(ToArticle(current), ToArticle(target))) return new RollbackOutcome(RollbackResult.AlreadyPublished, record.PublishedVersion);
        if (expectedPublished is { } expected && record.PublishedVersion != expected) return new RollbackOutcome(RollbackResult.ChangedMeanwhile, record.PublishedVersion);
        // The old version was approved once; the rollback keeps who approved it, unless the change names someone.
        var restored = Publish(db, record, ToArticle(target), change with { ApprovedBy = change.ApprovedBy ?? target.ApprovedBy });
        return new RollbackOutcome(RollbackResult.RolledBack, restored);
    }

    private static Task<KnowledgeArticleVersionRecord?> VersionAsync(NrwBotDbContext db, string articleId, int version, CancellationToken cancellationToken) =>
        db.Set<KnowledgeArticleVersionRecord>().AsNoTracking().FirstOrDefaultAsync(row => row.ArticleId == articleId && row.Version == version, cancellationToken);

    private static async Task<Dictionary<string, KnowledgeArticleVersionRecord>> PublishedVersionsAsync(NrwBotDbContext db, CancellationToken cancellationToken)
    {
        var rows = await (
            from article in db.Set<KnowledgeArticleRecord>().AsNoTracking()
            join version in db.Set<KnowledgeArticleVersionRecord>().AsNoTracking()
                on new { Id = article.Id, Version = article.PublishedVersion ?? 0 } equals new { Id = version.ArticleId, version.Version }
            select version).ToListAsync(cancellationToken);
        return rows.ToDictionary(row => row.ArticleId, StringComparer.Ordinal);
    }

    private static void AddNew(NrwBotDbContext db, KnowledgeArticle article, ArticleChange change)
    {
        db.Add(new KnowledgeArticleRecord { Id = article.Id, LatestVersion = 1, PublishedVersion = 1 });
        db.Add(ToRecord(article, 1, change));
    }

    /// <summary>Adds the next version of a tracked article and points the article at it; returns its number.</summary>
    private static int Publish(NrwBotDbContext db, KnowledgeArticleRecord record, KnowledgeArticle article, ArticleChange change)
    {
        var next = record.LatestVersion + 1;
        record.LatestVersion = next;
        record.PublishedVersion = next;
        db.Add(ToRecord(article, next, change));
        return next;
    }

    /// <summary>Same content: the same Markdown file, the one form both sides are compared in.</summary>
    private static bool SameContent(KnowledgeArticle left, KnowledgeArticle right) =>
        ArticleMarkdown.Write(left) == ArticleMarkdown.Write(right with { Id = left.Id });

    private static IQueryable<KnowledgeRevisionRecord> Revision(NrwBotDbContext db) =>
        db.Set<KnowledgeRevisionRecord>().Where(row => row.Id == KnowledgeRevisionRecord.SingleId);

    private static Task<long> ReadRevisionAsync(NrwBotDbContext db, CancellationToken cancellationToken) =>
        Revision(db).AsNoTracking().Select(row => row.Revision).SingleAsync(cancellationToken);

    /// <summary>The first write of every change: the lock that serialises writers, and the signal for every instance.</summary>
    private static Task<int> RaiseRevisionAsync(NrwBotDbContext db, CancellationToken cancellationToken) =>
        Revision(db).ExecuteUpdateAsync(setters => setters.SetProperty(row => row.Revision, row => row.Revision + 1), cancellationToken);

    private static KnowledgeArticleVersionRecord ToRecord(KnowledgeArticle article, int version, ArticleChange change) => new()
    {
        ArticleId = article.Id,
        Version = version,
        Title = article.Title,
        Body = article.Body,
        Questions = JsonSerializer.Serialize(article.Questions, Json),
        Tags = JsonSerializer.Serialize(article.Tags, Json),
        Source = article.Source,
        Forms = JsonSerializer.Serialize(article.Forms.Select(form => new StoredForm(form.Name, form.Url)), Json),
        Reviewed = article.Reviewed,
        ValidUntil = article.ValidUntil,
        Status = ArticleMarkdown.StatusWord(article.Status),
        ChangedBy = Cut(change.ChangedBy, 200),
        ApprovedBy = change.ApprovedBy is null ? null : Cut(change.ApprovedBy, 200),
        ChangedAt = change.At.ToUniversalTime(),
        Note = change.Note is null ? null : Cut(change.Note, 500),
    };

    private static KnowledgeArticle ToArticle(KnowledgeArticleVersionRecord row) => new()
    {
        Id = row.ArticleId,
        Title = row.Title,
        Questions = JsonSerializer.Deserialize<List<string>>(row.Questions, Json) ?? [],
        Tags = JsonSerializer.Deserialize<List<string>>(row.Tags, Json) ?? [],
        Source = row.Source,
        Forms = (JsonSerializer.Deserialize<List<StoredForm>>(row.Forms, Json) ?? []).Select(form => new ArticleForm(form.Name, form.Url)).ToList(),
        Reviewed = row.Reviewed,
        ValidUntil = row.ValidUntil,
        Status = ContentStatuses.Parse(row.Status) ?? ContentStatus.Entwurf,
        Body = row.Body,
        PlainBody = KnowledgeArticle.PlainTextOf(row.Body),
        File = ArticleMarkdown.FileName(row.ArticleId),
    };

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];

    private sealed record StoredForm(string Name, string Url);

    private async Task<T> GuardAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception error) when (error is DbException or DbUpdateException or TimeoutException)
        {
            logger.LogError(error, "Knowledge store failed");
            throw new KnowledgeStoreException("The knowledge store failed.", error);
        }
    }
}
