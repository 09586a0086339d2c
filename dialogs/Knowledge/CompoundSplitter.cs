using Lucene.Net.Analysis.Util;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// Splits German compounds, also ones nobody wrote into an article, against the knowledge base's own vocabulary
/// (stemmed words): "sachkostenumschichtung" → "sachkost" + "umschichtung", with the linking elements German puts
/// between parts ("Verwendung-s-nachweis", "Stelle-n-beschreibung"). Of all ways to read the word as parts it takes
/// the one that leaves the fewest letters unexplained, then the one with the fewest parts, and splits those parts
/// again ("verwendungsnachweisfrist" → "verwendungsnachweis", "frist", "verwendung", "nachweis"). Besides, as
/// Lucene's dictionary filter did, the longest known word starting at each letter: such fragments catch derivations
/// ("beschreibung" → "schreib" meets "schreiben"; without them the development set lost "wie schreibe ich das HK").
/// Lucene's filter alone found the word itself at the first letter of a known word, so its first part was never
/// split off ("Mittelanforderung" had no "mittel").
/// </summary>
internal sealed class CompoundSplitter(CharArraySet vocabulary)
{
    /// <summary>Words shorter than this are rarely compounds.</summary>
    public const int MinCompoundLength = 8;

    // Parts shorter than this ("amt", "ort") match inside too many words.
    public const int MinPartLength = 4;

    private const int MaxPartLength = 24;

    private static readonly string[] LinkingElements = ["s", "es", "n", "en", "e", "er"];

    public IReadOnlyList<string> Split(string word)
    {
        var parts = new List<string>();
        if (word.Length < MinCompoundLength) return parts;
        var letters = word.ToCharArray();
        AddParts(BestReading(letters).Parts, parts);
        AddParts(LongestAtEachLetter(letters), parts);
        return parts;
    }

    /// <summary>
    /// A part is split again only when its parts explain all of it ("personal" is no compound of "person"); the
    /// word asked may well be partly explained ("stellenausschreibung": "stell", "schreib").
    /// </summary>
    private void AddParts(List<string> found, List<string> parts)
    {
        foreach (var part in found.Where(part => !parts.Contains(part)))
        {
            parts.Add(part);
            if (part.Length < MinCompoundLength) continue;
            var reading = BestReading(part.ToCharArray());
            if (reading.Unexplained == 0) AddParts(reading.Parts, parts);
        }
    }

    /// <summary>The longest known word (not the word itself) that starts at each letter.</summary>
    private List<string> LongestAtEachLetter(char[] word)
    {
        var found = new List<string>();
        for (var start = 0; start + MinPartLength <= word.Length; start++)
        {
            for (var partLength = Math.Min(MaxPartLength, word.Length - start); partLength >= MinPartLength; partLength--)
            {
                if (partLength == word.Length || !vocabulary.Contains(word, start, partLength)) continue;
                found.Add(new string(word, start, partLength));
                break;
            }
        }
        return found;
    }

    /// <summary>Dynamic programming over the letters: the best reading of each prefix, from the shortest on.</summary>
    private Reading BestReading(char[] word)
    {
        var length = word.Length;
        var best = new Reading?[length + 1];
        best[0] = new Reading(0, []);
        for (var start = 0; start < length; start++)
        {
            if (best[start] is not { } reading) continue;
            Offer(best, start + 1, reading with { Unexplained = reading.Unexplained + 1 });
            for (var partLength = MinPartLength; partLength <= Math.Min(MaxPartLength, length - start); partLength++)
            {
                if (partLength == length || !vocabulary.Contains(word, start, partLength)) continue;
                var next = reading with { Parts = [.. reading.Parts, new string(word, start, partLength)] };
                var end = start + partLength;
                Offer(best, end, next);
                foreach (var link in LinkingElements)
                {
                    if (end + link.Length < length && Follows(word, end, link)) Offer(best, end + link.Length, next);
                }
            }
        }
        return best[length]!;
    }

    private static bool Follows(char[] word, int at, string text)
    {
        for (var index = 0; index < text.Length; index++) if (word[at + index] != text[index]) return false;
        return true;
    }

    private static void Offer(Reading?[] best, int at, Reading candidate)
    {
        if (best[at] is not { } current || candidate.Unexplained < current.Unexplained
            || (candidate.Unexplained == current.Unexplained && candidate.Parts.Count < current.Parts.Count))
            best[at] = candidate;
    }

    private sealed record Reading(int Unexplained, List<string> Parts);
}
