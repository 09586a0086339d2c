using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// Tokens already analyzed, replayed into the index. Each article text is analyzed once; the same tokens give
/// the coverage term sets and the Lucene fields (analyzing twice doubled the index build time).
/// </summary>
internal sealed class AnalyzedTokens : TokenStream
{
    private readonly IReadOnlyList<(string Term, int Increment)> _tokens;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private int _next;

    public AnalyzedTokens(IReadOnlyList<(string Term, int Increment)> tokens)
    {
        _tokens = tokens;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public static List<(string Term, int Increment)> Of(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add((term.ToString(), increment.PositionIncrement));
        stream.End();
        return tokens;
    }

    public override bool IncrementToken()
    {
        if (_next >= _tokens.Count) return false;
        ClearAttributes();
        var (term, increment) = _tokens[_next++];
        _term.SetEmpty().Append(term);
        _increment.PositionIncrement = increment;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
