namespace NrwBot.Dialogs.Content;

/// <summary>
/// A content folder (onboarding steps, calendar, categories, contacts, places) cannot be used: every problem is
/// listed as a <see cref="ContentProblem"/>, so the start-up check, the command line and the tests report all
/// content the same way ("file:line: message").
/// </summary>
public sealed class ContentException(Text content, IReadOnlyList<ContentProblem> problems)
    : Exception(ContentTexts.HasProblems.Format(content.German) + "\n- " + string.Join("\n- ", problems))
{
    /// <summary>What was read, in the words the LKS uses ("Die Einarbeitungs-Schritte").</summary>
    public string Content { get; } = content.German;

    public IReadOnlyList<ContentProblem> Problems { get; } = problems;
}
