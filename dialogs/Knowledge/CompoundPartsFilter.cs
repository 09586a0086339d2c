using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// Adds the parts of a compound (<see cref="CompoundSplitter"/>) at the compound's position, each followed by the
/// synonym token of its word: a part means what the word means, so "Sachkostenumschichtung" also meets the group
/// of "Umschichtung" (Änderungsantrag). Part synonyms carry their own token type, so the search can tell them from
/// the whole word's synonyms.
/// </summary>
internal sealed class CompoundPartsFilter : TokenFilter
{
    public const string PartSynonymType = "part-synonym";

    private readonly CompoundSplitter _splitter;
    private readonly IReadOnlyDictionary<string, string> _synonymOfWord;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly ITypeAttribute _type;
    private readonly Queue<(string Term, string Type)> _pending = new();
    private State? _compound;

    public CompoundPartsFilter(TokenStream input, CompoundSplitter splitter, IReadOnlyDictionary<string, string> synonymOfWord) : base(input)
    {
        _splitter = splitter;
        _synonymOfWord = synonymOfWord;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            RestoreState(_compound);
            var (term, type) = _pending.Dequeue();
            _term.SetEmpty().Append(term);
            _increment.PositionIncrement = 0;
            _type.Type = type;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        if (_type.Type != SynonymFilter.TYPE_SYNONYM && _term.Length >= CompoundSplitter.MinCompoundLength) Queue(_term.ToString());
        return true;
    }

    private void Queue(string word)
    {
        if (!word.All(char.IsLetter)) return;
        foreach (var part in _splitter.Split(word))
        {
            _pending.Enqueue((part, TypeAttribute.DEFAULT_TYPE));
            if (_synonymOfWord.TryGetValue(part, out var synonym)) _pending.Enqueue((synonym, PartSynonymType));
        }
        if (_pending.Count > 0) _compound = CaptureState();
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _compound = null;
    }
}
