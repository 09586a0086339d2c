namespace NrwBot.Dialogs.Knowledge;

/// <summary>A question whose answer was marked 👎: what was asked, the article it got, and what the asker said was missing.</summary>
public sealed record NotHelpfulQuestion(string Question, string? ArticleId, string? Comment);
