using NrwBot.Dialogs.Language;

namespace NrwBot.Dialogs.Materials;

/// <summary>
/// „Vernetzung fachlich ähnlicher Konzepte“: the Handlungskonzepte of other offices closest to one concept, by
/// shared topics, shared tags and text (the German search, with the concept's own words as the query).
/// </summary>
public sealed class SimilarConcepts(MaterialSearch search)
{
    public const int MaxResults = 3;

    private const double TopicWeight = 0.45;
    private const double TagWeight = 0.2;
    private const double TextWeight = 0.35;

    /// <summary>The most similar concepts of other offices (not the same Kreis/Stadt, not the same owner), most similar first.</summary>
    public IReadOnlyList<(Material Material, double Similarity)> Of(Material concept, IReadOnlyList<Material> visible)
    {
        var others = visible.Where(material => material.Kind == MaterialKind.Handlungskonzept && material.Id != concept.Id
            && material.Region != concept.Region && material.OwnerKey != concept.OwnerKey).ToList();
        if (others.Count == 0) return [];
        var text = search.Scores(others, search.AboutText(concept)).ToDictionary(hit => hit.Material.Id, hit => hit.Relevance);
        var best = Math.Max(text.Values.DefaultIfEmpty(0).Max(), double.Epsilon);
        var tags = Folded(concept.Tags);
        return others
            .Select(material => (material, Similarity: TopicWeight * Jaccard(concept.TopicIds, material.TopicIds)
                + TagWeight * Jaccard(tags, Folded(material.Tags))
                + TextWeight * text.GetValueOrDefault(material.Id) / best))
            .Where(entry => entry.Similarity > 0)
            .OrderByDescending(entry => entry.Similarity).ThenByDescending(entry => entry.material.UpdatedAt)
            .Take(MaxResults)
            .ToList();
    }

    private static HashSet<string> Folded(IEnumerable<string> tags) => tags.Select(GermanText.FoldText).ToHashSet(StringComparer.Ordinal);

    private static double Jaccard(IEnumerable<string> first, IEnumerable<string> second)
    {
        var a = first.ToHashSet(StringComparer.Ordinal);
        var b = second.ToHashSet(StringComparer.Ordinal);
        var union = a.Union(b).Count();
        return union == 0 ? 0 : (double)a.Intersect(b).Count() / union;
    }
}
