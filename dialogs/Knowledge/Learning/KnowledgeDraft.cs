using NrwBot.Dialogs.Requests;

namespace NrwBot.Dialogs.Knowledge.Learning;

public enum DraftState { Open, Approved, Returned }

/// <summary>What a draft would change: one phrasing more, a new article, or a new version of an article.</summary>
public enum DraftKind { Phrasing, NewArticle, ArticleChange }

/// <summary>
/// A change an LKS member wants to make to the knowledge base, published only when a second LKS member approves it:
/// a phrasing for an article (<see cref="Phrasing"/>), or a whole article (<see cref="Content"/>; <see cref="Phrasing"/>
/// then holds its title). Holds question texts only, never who asked them.
/// </summary>
public sealed record KnowledgeDraft(long Id, string ArticleId, string Phrasing, RequestActor Author, DateTimeOffset CreatedAt, DraftState State)
{
    public DraftKind Kind { get; init; } = DraftKind.Phrasing;

    /// <summary>The article as the author wrote it (new article or change).</summary>
    public ArticleDraftContent? Content { get; init; }

    /// <summary>For a change: the published version the author started from; approval refuses when another was published since.</summary>
    public int? BaseVersion { get; init; }

    public string? ReviewerName { get; init; }
    public string? Comment { get; init; }
}
