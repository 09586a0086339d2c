namespace NrwBot.Dialogs.Knowledge;

/// <summary>What a user said about an answer with 👍 or 👎.</summary>
public enum KnowledgeFeedback { Helpful, NotHelpful }
