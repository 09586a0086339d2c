namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// One word of a question after analysis, with the other terms that stand for it: synonym tokens (which may
/// span several words, such as "Partnerschaft für Demokratie"), compound parts and close spellings.
/// </summary>
internal sealed class QueryConcept(string original, int position)
{
    public string Original { get; } = original;
    public int Position { get; } = position;
    public List<string> Synonyms { get; } = [];
    public List<Part> Parts { get; } = [];
    public List<string> Spellings { get; } = [];

    /// <summary>How informative the word is (inverse document frequency); unknown words weigh most.</summary>
    public double Weight { get; set; }

    /// <summary>A compound part with the synonym tokens of its word.</summary>
    public sealed record Part(string Term, List<string> Synonyms);
}
