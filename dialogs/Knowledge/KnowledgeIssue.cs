namespace NrwBot.Dialogs.Knowledge;

/// <summary>A problem in the content, with the file and line the LKS has to fix.</summary>
public sealed record KnowledgeIssue(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
