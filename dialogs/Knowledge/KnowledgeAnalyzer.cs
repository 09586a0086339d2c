using Lucene.Net.Analysis;
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
/// the knowledge base's own word stems, so "Verwendungsnachweisfrist" also yields "verwendungsnachweis" and "frist"
/// (<see cref="CompoundSplitter"/>); a part that is a synonym term brings its group along.
/// </summary>
public sealed class KnowledgeAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;
    internal const string SynonymTokenPrefix = "syn";

    private readonly SynonymMap? _synonyms;
    private readonly CompoundSplitter? _compounds;
    private readonly IReadOnlyDictionary<string, string> _synonymOfWord;

    private KnowledgeAnalyzer(SynonymMap? synonyms, CompoundSplitter? compounds, IReadOnlyDictionary<string, string> synonymOfWord)
    {
        _synonyms = synonyms;
        _compounds = compounds;
        _synonymOfWord = synonymOfWord;
    }

    /// <summary>Lower case, stop words, folding and stemming only: used to build the dictionaries.</summary>
    internal static KnowledgeAnalyzer Basic() => new(null, null, new Dictionary<string, string>());

    public static KnowledgeAnalyzer For(KnowledgeBase knowledgeBase)
    {
        using var basic = Basic();
        return new(BuildSynonymMap(basic, knowledgeBase.Synonyms), new CompoundSplitter(BuildCompoundDictionary(basic, knowledgeBase)),
            SynonymOfWord(basic, knowledgeBase.Synonyms));
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new StopFilter(Version, stream, GermanWords.StopWords);
        stream = new GermanNormalizationFilter(stream);
        stream = new GermanLightStemFilter(stream);
        if (_synonyms is not null) stream = new SynonymFilter(stream, _synonyms, ignoreCase: false);
        if (_compounds is not null) stream = new CompoundPartsFilter(stream, _compounds, _synonymOfWord);
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

    /// <summary>The synonym token of each synonym term that is one word, for compound parts.</summary>
    private static Dictionary<string, string> SynonymOfWord(Analyzer basic, IReadOnlyList<SynonymGroup> groups)
    {
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index < groups.Count; index++)
        {
            foreach (var words in groups[index].Terms.Select(term => Terms(basic, term)).Where(words => words.Count == 1))
                tokens.TryAdd(words[0], SynonymTokenPrefix + index);
        }
        return tokens;
    }

    private static CharArraySet BuildCompoundDictionary(Analyzer basic, KnowledgeBase knowledgeBase)
    {
        var parts = new CharArraySet(Version, 1024, ignoreCase: false);
        foreach (var text in knowledgeBase.Articles.SelectMany(ArticleTexts).Concat(knowledgeBase.Synonyms.SelectMany(group => group.Terms)))
        {
            foreach (var word in Terms(basic, text))
            {
                if (word.Length >= CompoundSplitter.MinPartLength && word.All(char.IsLetter)) parts.Add(word);
            }
        }
        return parts;
    }

    internal static IEnumerable<string> ArticleTexts(KnowledgeArticle article) =>
        [article.Title, .. article.Questions, .. article.Tags, article.PlainBody];
}
