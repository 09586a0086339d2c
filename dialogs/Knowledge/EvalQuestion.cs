namespace NrwBot.Dialogs.Knowledge;

/// <summary>One line of an evaluation set: a question and the article that answers it (null: none does).</summary>
public sealed record EvalQuestion(string Question, string? ExpectedId);
