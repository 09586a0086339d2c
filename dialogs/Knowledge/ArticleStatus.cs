namespace NrwBot.Dialogs.Knowledge;

/// <summary>How far the LKS has checked an article: sample text, draft, or checked.</summary>
public enum ArticleStatus { Beispiel, Entwurf, Geprueft }
