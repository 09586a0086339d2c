using NrwBot.Dialogs.Requests;

namespace NrwBot.Dialogs.Knowledge.Learning;

public enum DraftState { Open, Approved, Returned }

/// <summary>
/// A phrasing an LKS member wants to add to an article: published only when a second LKS member approves it. Holds
/// the question's text only, never who asked it.
/// </summary>
public sealed record PhrasingDraft(long Id, string ArticleId, string Phrasing, RequestActor Author, DateTimeOffset CreatedAt, DraftState State)
{
    public string? ReviewerName { get; init; }
    public string? Comment { get; init; }
}
