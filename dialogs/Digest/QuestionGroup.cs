namespace NrwBot.Dialogs.Digest;

/// <summary>
/// Questions the knowledge base could not answer that are the same question in other words: the most frequent
/// wording, how often it was asked in any wording, and the other wordings (most frequent first; renderers show a few).
/// </summary>
public sealed record QuestionGroup(string Question, int Count, IReadOnlyList<string> OtherWordings);
