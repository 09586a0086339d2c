namespace NrwBot.Dialogs.Onboarding;

/// <summary>The titles of knowledge articles, for the buttons of a step card (the knowledge base owns them).</summary>
public interface IArticleTitles
{
    /// <summary>The ids of all articles; empty when the knowledge base is not available (then nothing is checked).</summary>
    IReadOnlySet<string> Ids { get; }

    string? TitleOf(string articleId);
}
