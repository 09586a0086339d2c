namespace NrwBot.Dialogs.Knowledge.Store;

/// <summary>
/// The knowledge base in the database, with a full version history per article and one published version each.
/// Every change that the bot serves (seed, import, rollback) raises the <see cref="RevisionAsync">revision</see>
/// in the same transaction, so every instance can tell with one cheap read whether it must reload.
/// Failures of the database come as <see cref="KnowledgeStoreException"/>; nothing is then changed.
/// </summary>
public interface IKnowledgeStore
{
    /// <summary>The revision of the published state: 0 before anything was ever stored, raised by every change.</summary>
    Task<long> RevisionAsync(CancellationToken cancellationToken);

    /// <summary>The published version of every article, with the revision read before them (never newer than the articles).</summary>
    Task<PublishedKnowledge> PublishedAsync(CancellationToken cancellationToken);

    /// <summary>Stores the articles as version 1 when nothing was ever stored (the first start); false when another instance or an earlier start did it.</summary>
    Task<bool> SeedAsync(IReadOnlyList<KnowledgeArticle> articles, ArticleChange change, CancellationToken cancellationToken);

    /// <summary>New articles and changed ones get a new published version; unchanged ones are left alone; articles not in the list stay.</summary>
    Task<ImportResult> ImportAsync(IReadOnlyList<KnowledgeArticle> articles, ArticleChange change, CancellationToken cancellationToken);

    /// <summary>Every version of an article, oldest first; empty when the article is unknown.</summary>
    Task<IReadOnlyList<ArticleVersion>> HistoryAsync(string articleId, CancellationToken cancellationToken);

    /// <summary>
    /// Publishes the content of <paramref name="version"/> again as a new version (the history stays linear). With
    /// <paramref name="expectedPublished"/> set, only when that is still the published version (a confirmed rollback
    /// never overwrites a change made after the question).
    /// </summary>
    Task<RollbackOutcome> RollbackAsync(string articleId, int version, int? expectedPublished, ArticleChange change, CancellationToken cancellationToken);
}

/// <summary>What the bot serves: the published articles and the revision they belong to.</summary>
public sealed record PublishedKnowledge(long Revision, IReadOnlyList<KnowledgeArticle> Articles);

/// <summary>What an import did: ids of new articles, of articles with a new version, and how many were unchanged.</summary>
public sealed record ImportResult(IReadOnlyList<string> Added, IReadOnlyList<string> Changed, int Unchanged);

public enum RollbackResult
{
    /// <summary>A new version with the old content is published.</summary>
    RolledBack,

    /// <summary>The published version already has that content: nothing to do (a repeated confirmation lands here).</summary>
    AlreadyPublished,

    UnknownArticle,
    UnknownVersion,

    /// <summary>Someone published another version since the rollback was asked for.</summary>
    ChangedMeanwhile,
}

/// <summary>The result, and the version published afterwards (the new one, or the current one when nothing changed).</summary>
public sealed record RollbackOutcome(RollbackResult Result, int? PublishedVersion);

/// <summary>The knowledge store could not read or write (database gone, locked, full). Nothing was changed.</summary>
public sealed class KnowledgeStoreException(string message, Exception? inner = null) : Exception(message, inner);
