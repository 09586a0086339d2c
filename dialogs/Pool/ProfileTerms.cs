namespace NrwBot.Dialogs.Pool;

/// <summary>
/// The stems of each profile's searchable words (<see cref="CompetenceTerms.Of"/>), kept between searches so a peers
/// question stems only the question and profiles it has not seen in this wording. Keyed by the very text that is
/// stemmed (topic names, tags, methods, languages), not by a revision: an edited profile — on this instance or any
/// other, or a renamed topic — has a different text and is stemmed afresh on the next search, so the cache can never
/// be stale and needs neither a revision query nor a TTL. Each search keeps only the entries it used, so deleted and
/// changed profiles leave the cache with the next search.
/// </summary>
public sealed class ProfileTerms
{
    private Dictionary<string, IReadOnlyList<string>> _known = new(StringComparer.Ordinal);

    /// <summary>The stems of each text, in order; stems only the texts the last search did not have.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Of(IReadOnlyList<string> texts)
    {
        var known = Volatile.Read(ref _known);
        var used = new Dictionary<string, IReadOnlyList<string>>(texts.Count, StringComparer.Ordinal);
        var result = new List<IReadOnlyList<string>>(texts.Count);
        foreach (var text in texts)
        {
            if (!used.TryGetValue(text, out var terms))
            {
                terms = known.TryGetValue(text, out var kept) ? kept : CompetenceTerms.Of(text);
                used[text] = terms;
            }
            result.Add(terms);
        }
        // Two searches at once: the later one's set wins; the other's entries are stemmed again at worst.
        Volatile.Write(ref _known, used);
        return result;
    }
}
