namespace NrwBot.Dialogs.Knowledge;

/// <summary>What the bot does with a question: answer with one article, offer a few, or say it does not know.</summary>
public enum KnowledgeDecision { Answer, Suggest, None }
