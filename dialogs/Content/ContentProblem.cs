namespace NrwBot.Dialogs.Content;

/// <summary>
/// A problem in a content file (knowledge article, synonyms, onboarding step, contacts, categories, places), with the
/// file and the line the LKS has to open: the one report all content checks share, so `kb check`, the start-up
/// check and the tests print and compare problems the same way.
/// </summary>
public record ContentProblem(string File, int Line, string Message)
{
    /// <summary>Line 0: the problem concerns the whole file (a duplicate across entries, a missing file).</summary>
    public sealed override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
