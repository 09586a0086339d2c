using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// The German analysis of the knowledge search, the same for articles and questions:
/// lower case → stop words → umlaut folding (ä = ae = a, ß = ss) → light stemming → synonyms → compound parts.
/// Synonyms come after stemming so that "Verwendungsnachweise" meets the group of "VN"; each group becomes one
/// made-up token ("syn7") added beside the words, so a match works in both directions and multi-word terms
/// ("Partnerschaft für Demokratie") need no phrase handling. Compounds are split last, against a dictionary of
/// the knowledge base's own word stems, so "Verwendungsnachweisfrist" also yields "verwendungsnachweis" and "frist".
/// </summary>
public sealed class KnowledgeAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;
    internal const string SynonymTokenPrefix = "syn";

    // Compounds shorter than this are rarely compounds; parts shorter than this ("amt", "ort") split too much.
    private const int MinCompoundLength = 8;
    private const int MinPartLength = 4;
    private const int MaxPartLength = 24;

    private readonly SynonymMap? _synonyms;
    private readonly CharArraySet? _compoundParts;

    private KnowledgeAnalyzer(SynonymMap? synonyms, CharArraySet? compoundParts)
    {
        _synonyms = synonyms;
        _compoundParts = compoundParts;
    }

    /// <summary>Lower case, stop words, folding and stemming only: used to build the dictionaries.</summary>
    internal static KnowledgeAnalyzer Basic() => new(null, null);

    public static KnowledgeAnalyzer For(KnowledgeBase knowledgeBase)
    {
        using var basic = Basic();
        return new(BuildSynonymMap(basic, knowledgeBase.Synonyms), BuildCompoundDictionary(basic, knowledgeBase));
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new StopFilter(Version, stream, GermanWords.StopWords);
        stream = new GermanNormalizationFilter(stream);
        stream = new GermanLightStemFilter(stream);
        if (_synonyms is not null) stream = new SynonymFilter(stream, _synonyms, ignoreCase: false);
        if (_compoundParts is not null)
            stream = new DictionaryCompoundWordTokenFilter(Version, stream, _compoundParts, MinCompoundLength, MinPartLength, MaxPartLength, onlyLongestMatch: true);
        return new TokenStreamComponents(tokenizer, stream);
    }

    internal static List<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    private static SynonymMap? BuildSynonymMap(Analyzer basic, IReadOnlyList<SynonymGroup> groups)
    {
        if (groups.Count == 0) return null;
        var builder = new SynonymMap.Builder(dedup: true);
        for (var index = 0; index < groups.Count; index++)
        {
            var token = new CharsRef(SynonymTokenPrefix + index);
            foreach (var term in groups[index].Terms)
            {
                var words = Terms(basic, term);
                if (words.Count > 0) builder.Add(SynonymMap.Builder.Join(words.ToArray(), new CharsRef()), token, includeOrig: true);
            }
        }
        return builder.Build();
    }

    private static CharArraySet BuildCompoundDictionary(Analyzer basic, KnowledgeBase knowledgeBase)
    {
        var parts = new CharArraySet(Version, 1024, ignoreCase: false);
        foreach (var text in knowledgeBase.Articles.SelectMany(ArticleTexts).Concat(knowledgeBase.Synonyms.SelectMany(group => group.Terms)))
        {
            foreach (var word in Terms(basic, text))
            {
                if (word.Length >= MinPartLength && word.All(char.IsLetter)) parts.Add(word);
            }
        }
        return parts;
    }

    internal static IEnumerable<string> ArticleTexts(KnowledgeArticle article) =>
        [article.Title, .. article.Questions, .. article.Tags, article.PlainBody];
}
