using NrwBot.Dialogs.Content;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>A problem in the knowledge content: the shared <see cref="ContentProblem"/> report, file and line the LKS has to fix.</summary>
public sealed record KnowledgeIssue(string File, int Line, string Message) : ContentProblem(File, Line, Message);
