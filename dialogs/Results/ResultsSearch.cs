using NrwBot.Dialogs.Knowledge;

namespace NrwBot.Dialogs.Results;

/// <summary>
/// Finds recorded bullets with the knowledge search's own German analysis (<see cref="KnowledgeAnalyzer"/>: umlaut
/// folding, stemming, the knowledge base's synonyms and compound parts), so „Öffentlichkeitsarbeit“ finds
/// „Oeffentlichkeitsarbeit“ and „Pressearbeit“ where the knowledge base says they are one. A bullet scores the
/// rarity (inverse document frequency) of every query term it contains; its question's title counts half.
/// </summary>
public sealed class ResultsSearch(IKnowledgeSource? knowledge)
{
    public const int MaxHits = 8;
    private const double TitleWeight = 0.5;

    public IReadOnlyList<StoredResultItem> Find(string words, IReadOnlyList<StoredResultItem> items)
    {
        using var analyzer = knowledge is null ? KnowledgeAnalyzer.Basic() : KnowledgeAnalyzer.For(knowledge.Current.Base);
        var query = KnowledgeAnalyzer.Terms(analyzer, words).ToHashSet(StringComparer.Ordinal);
        if (query.Count == 0 || items.Count == 0) return [];
        var documents = items.Select(item => (Item: item,
            Text: KnowledgeAnalyzer.Terms(analyzer, item.Text).ToHashSet(StringComparer.Ordinal),
            Title: KnowledgeAnalyzer.Terms(analyzer, item.SectionTitle).ToHashSet(StringComparer.Ordinal))).ToList();
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
}
