using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// Plain BM25 over the same articles, for comparison in the eval command: Lucene's StandardAnalyzer, one text
/// field, no German stemming, no synonyms, no compounds, no field boosts. It has no notion of confidence, so it
/// "declines" only when no article shares a single word with the question.
/// </summary>
public sealed class BaselineSearcher
{
    private const string TextField = "text";
    private readonly IndexSearcher _searcher;
    private readonly QueryParser _parser;
    private readonly IReadOnlyList<KnowledgeArticle> _articles;

    public BaselineSearcher(KnowledgeBase knowledgeBase)
    {
        _articles = knowledgeBase.Articles;
        var analyzer = new StandardAnalyzer(KnowledgeAnalyzer.Version);
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(KnowledgeAnalyzer.Version, analyzer) { Similarity = new BM25Similarity() }))
        {
            for (var index = 0; index < _articles.Count; index++)
            {
                var article = _articles[index];
                var text = string.Join("\n", KnowledgeAnalyzer.ArticleTexts(article));
                writer.AddDocument([new StoredField("index", index), new Lucene.Net.Documents.TextField(TextField, text, Field.Store.NO)]);
            }
            writer.Commit();
        }
        _searcher = new IndexSearcher(DirectoryReader.Open(directory)) { Similarity = new BM25Similarity() };
        _parser = new QueryParser(KnowledgeAnalyzer.Version, TextField, analyzer) { DefaultOperator = Operator.OR };
    }

    /// <summary>The ids of the best articles, best first; empty when nothing shares a word with the question.</summary>
    public IReadOnlyList<string> Search(string question, int maxHits)
    {
        if (_articles.Count == 0 || string.IsNullOrWhiteSpace(question)) return [];
        Query query;
        try
        {
            query = _parser.Parse(QueryParserBase.Escape(question));
        }
        catch (ParseException)
        {
            return [];
        }
        return _searcher.Search(query, maxHits).ScoreDocs
            .Select(hit => _articles[_searcher.Doc(hit.Doc).GetField("index").GetInt32Value()!.Value].Id)
            .ToList();
    }
}
