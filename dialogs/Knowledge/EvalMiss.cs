namespace NrwBot.Dialogs.Knowledge;

/// <summary>A question the searcher got wrong: expected and found article, with the decision it took.</summary>
public sealed record EvalMiss(string Question, string? ExpectedId, string? FoundId, KnowledgeDecision Decision, double Confidence);
