namespace NrwBot.Dialogs.Knowledge;

/// <summary>The articles and synonym groups that the search serves, as loaded from the content folder.</summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, KnowledgeArticle> _byId;

    public KnowledgeBase(IReadOnlyList<KnowledgeArticle> articles, IReadOnlyList<SynonymGroup> synonyms)
    {
        Articles = articles;
        Synonyms = synonyms;
        _byId = articles.ToDictionary(article => article.Id, StringComparer.Ordinal);
    }

    public static KnowledgeBase Empty { get; } = new([], []);

    public IReadOnlyList<KnowledgeArticle> Articles { get; }
    public IReadOnlyList<SynonymGroup> Synonyms { get; }

    public KnowledgeArticle? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Articles past their valid_until, for the LKS digest.</summary>
    public IReadOnlyList<KnowledgeArticle> ExpiredOn(DateOnly today) =>
        Articles.Where(article => article.IsExpiredOn(today)).OrderBy(article => article.ValidUntil).ToList();
}
