namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// What the loader found: the usable articles (files with errors left out) and every problem with file and line.
/// </summary>
public sealed record KnowledgeLoadResult(KnowledgeBase Base, IReadOnlyList<KnowledgeIssue> Issues)
{
    public bool IsValid => Issues.Count == 0;
}
