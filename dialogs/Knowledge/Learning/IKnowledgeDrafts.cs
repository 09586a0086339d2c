using NrwBot.Dialogs.Requests;

namespace NrwBot.Dialogs.Knowledge.Learning;

/// <summary>
/// Drafts of the LKS (new phrasings of an article, new articles, changes) and their four-eyes review. Approving
/// publishes a new version of the article in the same transaction as the draft's decision; nothing is
/// half-published. A new draft's <see cref="DraftNotice"/> is stored with it, in the same transaction. Failures of
/// the database come as <see cref="Store.KnowledgeStoreException"/>.
/// </summary>
public interface IKnowledgeDrafts
{
    Task<ProposeOutcome> ProposePhrasingAsync(string articleId, string phrasing, RequestActor author, DateTimeOffset at, DraftNotice notice,
        CancellationToken cancellationToken);

    /// <summary>
    /// A new article (<paramref name="baseVersion"/> null) or a change of the article published as
    /// <paramref name="baseVersion"/>. One open article draft per article: the author's own is replaced, someone
    /// else's is returned as <see cref="ProposeResult.BeingEdited"/>.
    /// </summary>
    Task<ProposeOutcome> ProposeArticleAsync(string articleId, ArticleDraftContent content, int? baseVersion, RequestActor author, DateTimeOffset at,
        DraftNotice notice, CancellationToken cancellationToken);

    /// <summary>The drafts waiting for a second LKS member, oldest first.</summary>
    Task<IReadOnlyList<KnowledgeDraft>> OpenDraftsAsync(CancellationToken cancellationToken);

    /// <summary>One draft in whatever state it is; null when there is none with that number.</summary>
    Task<KnowledgeDraft?> FindAsync(long draftId, CancellationToken cancellationToken);

    /// <summary>Publishes the draft's phrasing as a new version of its article, approved by <paramref name="reviewer"/>, who must not be its author.</summary>
    Task<ReviewOutcome> ApproveAsync(long draftId, RequestActor reviewer, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>„Ist keine Frage für NrwBot“: these wordings (text only, folded) are no longer listed under Lernen, also when asked again.</summary>
    Task DismissAsync(IReadOnlyList<string> wordings, RequestActor by, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The folded texts of every dismissed wording.</summary>
    Task<IReadOnlySet<string>> DismissedAsync(CancellationToken cancellationToken);

    /// <summary>Sends the draft back to its author with a comment; nothing is published.</summary>
    Task<ReviewOutcome> ReturnAsync(long draftId, RequestActor reviewer, string comment, DateTimeOffset at, CancellationToken cancellationToken);
}

public enum ProposeResult
{
    Created,

    /// <summary>The same phrasing for the same article waits for review already (the open draft is returned).</summary>
    AlreadyProposed,

    /// <summary>The article has that phrasing already.</summary>
    AlreadyThere,

    /// <summary>Another article has that phrasing: a question may belong to one article only.</summary>
    UsedElsewhere,

    UnknownArticle,

    /// <summary>A new article's id is taken by a published article.</summary>
    ArticleExists,

    /// <summary>Since the author opened the article, another version was published (<see cref="ProposeOutcome.CurrentVersion"/>).</summary>
    ChangedMeanwhile,

    /// <summary>Another LKS member has an open draft of this article (returned as the outcome's draft).</summary>
    BeingEdited,

    /// <summary>The author's own open draft of this article was replaced by the new content.</summary>
    Replaced,
}

public sealed record ProposeOutcome(ProposeResult Result, KnowledgeDraft? Draft, string? OtherArticleId = null)
{
    public int? CurrentVersion { get; init; }
}

public enum ReviewResult
{
    Approved,
    Returned,
    UnknownDraft,

    /// <summary>Someone decided on it already (the draft shows who and how).</summary>
    AlreadyDecided,

    /// <summary>The four-eyes rule: the author cannot approve or return their own draft.</summary>
    OwnDraft,

    /// <summary>Since the draft was made, another article got that phrasing; nothing is published.</summary>
    UsedElsewhere,

    /// <summary>Since the article draft was made, another version of the article was published; nothing is published.</summary>
    ChangedMeanwhile,
}

public sealed record ReviewOutcome(ReviewResult Result, KnowledgeDraft? Draft, int? PublishedVersion = null, string? OtherArticleId = null);
