using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Onboarding;

namespace NrwBot.Host.Onboarding;

/// <summary>
/// The ids and titles of the knowledge articles, for the article buttons of the step cards and for checking the
/// steps' article ids: read from the knowledge base the bot serves (so a reloaded article's new title shows).
/// </summary>
public sealed class KnowledgeArticleTitles(IKnowledgeSource knowledge) : IArticleTitles
{
    public IReadOnlySet<string> Ids => knowledge.Current.Base.Articles.Select(article => article.Id).ToHashSet(StringComparer.Ordinal);

    public string? TitleOf(string articleId) => knowledge.Current.Base.Find(articleId)?.Title;
}
