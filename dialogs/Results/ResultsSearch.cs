using NrwBot.Dialogs.Content;
using NrwBot.Dialogs.Knowledge;

namespace NrwBot.Dialogs.Results;

/// <summary>
/// Finds recorded bullets with the knowledge search's own German analysis (<see cref="KnowledgeAnalyzer"/>: umlaut
/// folding, stemming, the knowledge base's synonyms and compound parts), so „Öffentlichkeitsarbeit“ finds
/// „Oeffentlichkeitsarbeit“ and „Pressearbeit“ where the knowledge base says they are one. A bullet scores the
/// rarity (inverse document frequency) of every query term it contains; its question's title counts half.
/// The analyzed bullets are kept per revision of the rows the store returned (<see cref="ContentRevision"/>) and per
/// knowledge base, so a query analyzes only its own words; a newly stored meeting is another revision.
/// </summary>
public sealed class ResultsSearch(IKnowledgeSource? knowledge)
{
    public const int MaxHits = 8;
    private const double TitleWeight = 0.5;

    /// <summary>The whole record and a few years (a query with a year reads only that year's meetings).</summary>
    public const int CachedRevisions = 8;

    private static readonly object NoKnowledge = new();
    private readonly RevisionCache<Analyzed> _documents = new(CachedRevisions);
    private readonly RevisionCache<KnowledgeAnalyzer> _analyzers = new(2);

    private sealed record Analyzed(IReadOnlyList<(StoredResultItem Item, HashSet<string> Text, HashSet<string> Title)> Documents);

    public IReadOnlyList<StoredResultItem> Find(string words, IReadOnlyList<StoredResultItem> items)
    {
        if (items.Count == 0) return [];
        var basis = knowledge?.Current.Base ?? NoKnowledge;
        // Lucene analyzers are thread-safe (their token streams are per thread), so one serves every query of a knowledge base.
        var analyzer = _analyzers.GetOrBuild("analyzer", basis, () => knowledge is null ? KnowledgeAnalyzer.Basic() : KnowledgeAnalyzer.For(knowledge.Current.Base));
        var query = KnowledgeAnalyzer.Terms(analyzer, words).ToHashSet(StringComparer.Ordinal);
        if (query.Count == 0) return [];
        var documents = _documents.GetOrBuild(Revision(items), basis, () => new Analyzed(items.Select(item => (Item: item,
            Text: KnowledgeAnalyzer.Terms(analyzer, item.Text).ToHashSet(StringComparer.Ordinal),
            Title: KnowledgeAnalyzer.Terms(analyzer, item.SectionTitle).ToHashSet(StringComparer.Ordinal))).ToList())).Documents;
        var rarity = query.ToDictionary(term => term,
            term => Math.Log(1 + (double)documents.Count / Math.Max(1, documents.Count(document => document.Text.Contains(term) || document.Title.Contains(term)))));
        return documents
            // Only bullets that match in their own text; a bullet that only shares its question's title is no answer.
            .Where(document => query.Any(document.Text.Contains))
            .Select(document => (document.Item, Score: query.Sum(term =>
                (document.Text.Contains(term) ? rarity[term] : 0) + (document.Title.Contains(term) ? TitleWeight * rarity[term] : 0))))
            .OrderByDescending(scored => scored.Score).ThenByDescending(scored => scored.Item.MeetingDate)
            .Select(scored => scored.Item)
            .Take(MaxHits)
            .ToList();
    }

    private static string Revision(IReadOnlyList<StoredResultItem> items) => ContentRevision.Of(items, item =>
        [item.MeetingTitle, item.MeetingDate.DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), item.GroupName,
            item.SectionNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), item.SectionTitle, item.Text, item.Count?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            item.Place, item.SupportNeedCategory]);
}
