using System.Globalization;
using NrwBot.Dialogs.Content;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Language;

namespace NrwBot.Dialogs.Materials;

/// <summary>
/// Ranks materials with the knowledge base's German search: each material becomes a document of a
/// <see cref="KnowledgeIndex"/> (title; topics, tags, kind and office as tags; description as body) with the
/// knowledge base's synonyms, so „Bedarfsanalyse“, compounds and typos are found as in the knowledge base.
/// The index is built once per revision of the materials it covers (<see cref="ContentRevision"/> of the rows the
/// store returned for this query) and kept: a new, edited or withdrawn material, on any instance, is another revision.
/// </summary>
public sealed class MaterialSearch(IKnowledgeSource knowledge, KnowledgeService service, MaterialTopics topics)
{
    /// <summary>A material must contain at least this share of the query's words (the knowledge search's coverage).</summary>
    public const double MinCoverage = 0.5;

    /// <summary>Indexes kept: the network's materials as normal users and as the LKS see them, and a few filtered sets.</summary>
    public const int CachedIndexes = 16;

    private readonly RevisionCache<KnowledgeIndex> _indexes = new(CachedIndexes);

    /// <summary>The materials that match <paramref name="text"/>, best first; all of them (newest first) when the text has no words.</summary>
    public IReadOnlyList<Material> Rank(IReadOnlyList<Material> materials, string text, int max)
    {
        if (materials.Count == 0) return [];
        if (GermanText.Words(text).Count == 0) return materials.OrderByDescending(material => material.UpdatedAt).Take(max).ToList();
        return Scores(materials, text).Where(hit => hit.Coverage >= MinCoverage)
            .OrderByDescending(hit => hit.Relevance).Take(max).Select(hit => hit.Material).ToList();
    }

    /// <summary>Every material's relevance for a text (0 where it has nothing in common), with its coverage.</summary>
    public IReadOnlyList<(Material Material, double Relevance, double Coverage)> Scores(IReadOnlyList<Material> materials, string text)
    {
        var byId = materials.ToDictionary(material => Key(material), StringComparer.Ordinal);
        var synonyms = knowledge.Current.Base.Synonyms;
        var index = _indexes.GetOrBuild(Revision(materials), synonyms,
            () => new KnowledgeIndex(new KnowledgeBase(materials.Select(ToDocument).ToList(), synonyms), service.Options));
        return index.Search(text, materials.Count).Select(hit => (byId[hit.Article.Id], hit.Relevance, hit.Coverage)).ToList();
    }

    /// <summary>The words of a material that describe what it is about (for the similarity of concepts).</summary>
    public string AboutText(Material material) =>
        string.Join(". ", new[] { material.Title, topics.NamesOf(material.TopicIds), string.Join(", ", material.Tags), material.Description }.Where(part => part.Length > 0));

    /// <summary>Every value the index reads, plus the topic names (the topic list may be reloaded).</summary>
    private string Revision(IReadOnlyList<Material> materials) => ContentRevision.Of(materials, material =>
        [Key(material), material.Title, material.Description, material.Link, material.Region, MaterialKinds.Title(material.Kind).German,
            string.Join("|", material.Tags), topics.NamesOf(material.TopicIds), material.UpdatedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)]);

    private static string Key(Material material) => material.Id.ToString(CultureInfo.InvariantCulture);

    private KnowledgeArticle ToDocument(Material material) => new()
    {
        Id = Key(material),
        Title = material.Title,
        Questions = [],
        Tags = [.. material.Tags, .. material.TopicIds.Select(topics.ById).OfType<Contacts.Topic>().Select(topic => topic.Name),
            MaterialKinds.Title(material.Kind).German, material.Region],
        Source = material.Link,
        Reviewed = DateOnly.FromDateTime(material.UpdatedAt.UtcDateTime),
        Status = ContentStatus.Geprueft,
        Body = material.Description,
        PlainBody = material.Description,
    };
}
