namespace NrwBot.Dialogs.Content;

/// <summary>
/// How far the LKS has checked a content file (knowledge article, onboarding step): sample text, draft, or checked.
/// One vocabulary for every content folder, read by <see cref="ContentStatuses"/>.
/// </summary>
public enum ContentStatus { Beispiel, Entwurf, Geprueft }
