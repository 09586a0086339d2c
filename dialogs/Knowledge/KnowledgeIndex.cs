using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// The in-memory Lucene index of one knowledge base. Ranking is BM25 over title, questions, tags and body with
/// the title and questions weighted highest; each question word is one disjunction of its alternatives
/// (the word, its synonyms, close spellings, compound parts) so a word with many alternatives does not count
/// more than a word with one. Besides the score, every hit gets a coverage: how much of the question the
/// article actually contains, which is what the answer policy needs to say "I don't know".
/// </summary>
public sealed class KnowledgeIndex
{
    private const string IdField = "id";
    private const string AllField = "all";

    // Title and the questions LKS wrote are the best evidence, the body the weakest (it mentions many topics).
    private static readonly (string Name, float Boost, FieldMask Mask)[] Fields =
    [
        ("title", 3.0f, FieldMask.Title), ("questions", 3.0f, FieldMask.Questions),
        ("tags", 2.0f, FieldMask.Tags), ("body", 1.0f, FieldMask.Body),
    ];

    private const float SynonymBoost = 0.9f;
    private const float SpellingBoost = 0.6f;
    private const float PartBoost = 0.5f;
    private const int CandidateCount = 20;

    private readonly KnowledgeAnalyzer _analyzer;
    private readonly IndexSearcher _searcher;
    private readonly IReadOnlyList<KnowledgeArticle> _articles;
    private readonly Dictionary<string, FieldMask>[] _termsByArticle;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly KnowledgeOptions _options;

    public KnowledgeIndex(KnowledgeBase knowledgeBase, KnowledgeOptions? options = null)
    {
        _options = options ?? new KnowledgeOptions();
        _articles = knowledgeBase.Articles;
        _analyzer = KnowledgeAnalyzer.For(knowledgeBase);
        _termsByArticle = _articles.Select(TermsOf).ToArray();
        foreach (var term in _termsByArticle.SelectMany(terms => terms.Keys))
            _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
        _searcher = BuildSearcher();
    }

    public int Count => _articles.Count;

    /// <summary>
    /// The best articles for a question, best first. Lucene's BM25 finds the candidates; they are then ordered
    /// by score × coverage, so an article that contains all the question's words beats one that repeats one
    /// word in its title (dev set: "Expertenpool LKS" belongs to the pool, not to the LKS contact page).
    /// </summary>
    public IReadOnlyList<KnowledgeHit> Search(string question, int maxHits)
    {
        var concepts = Analyze(question);
        if (concepts.Count == 0 || _articles.Count == 0) return [];
        var top = _searcher.Search(BuildQuery(concepts), Math.Max(maxHits, CandidateCount));
        return top.ScoreDocs
            .Select(hit => (Index: int.Parse(_searcher.Doc(hit.Doc).Get(IdField), System.Globalization.CultureInfo.InvariantCulture), hit.Score))
            .Select(hit => new KnowledgeHit(_articles[hit.Index], hit.Score, Coverage(concepts, _termsByArticle[hit.Index]), 0))
            .OrderByDescending(hit => hit.Relevance)
            .Take(maxHits)
            .ToList();
    }

    private IndexSearcher BuildSearcher()
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(KnowledgeAnalyzer.Version, _analyzer) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var index = 0; index < _articles.Count; index++) writer.AddDocument(DocumentOf(index, _articles[index]));
            writer.Commit();
        }
        return new IndexSearcher(DirectoryReader.Open(directory)) { Similarity = new BM25Similarity() };
    }

    private static Document DocumentOf(int index, KnowledgeArticle article) =>
    [
        new StoredField(IdField, index.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new TextField("title", article.Title, Field.Store.NO),
        new TextField("questions", string.Join("\n", article.Questions), Field.Store.NO),
        new TextField("tags", string.Join("\n", TagTexts(article)), Field.Store.NO),
        new TextField("body", article.PlainBody, Field.Store.NO),
        new TextField(AllField, string.Join("\n", KnowledgeAnalyzer.ArticleTexts(article)), Field.Store.NO),
    ];

    /// <summary>Form names are searched like tags: "Mittelanforderung" should find the article that links that form.</summary>
    private static IEnumerable<string> TagTexts(KnowledgeArticle article) => article.Tags.Concat(article.Forms.Select(form => form.Name));

    private Dictionary<string, FieldMask> TermsOf(KnowledgeArticle article)
    {
        var terms = new Dictionary<string, FieldMask>(StringComparer.Ordinal);
        void Add(string text, FieldMask mask)
        {
            foreach (var term in KnowledgeAnalyzer.Terms(_analyzer, text)) terms[term] = terms.GetValueOrDefault(term) | mask;
        }
        Add(article.Title, FieldMask.Title);
        foreach (var question in article.Questions) Add(question, FieldMask.Questions);
        foreach (var tag in TagTexts(article)) Add(tag, FieldMask.Tags);
        Add(article.PlainBody, FieldMask.Body);
        return terms;
    }

    /// <summary>Groups the analyzed tokens by position: the word first, then what the filters stacked on it.</summary>
    private List<QueryConcept> Analyze(string question)
    {
        var concepts = new List<QueryConcept>();
        using (var stream = _analyzer.GetTokenStream("question", question))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            var length = stream.AddAttribute<IPositionLengthAttribute>();
            var spanning = new List<(string Synonym, int LastPosition)>();
            var position = -1;
            stream.Reset();
            while (stream.IncrementToken())
            {
                var text = term.ToString();
                if (increment.PositionIncrement > 0 || concepts.Count == 0)
                {
                    position++; // counts words, as the synonym filter's position length does (stop words leave gaps)
                    var concept = new QueryConcept(text, position);
                    concept.Synonyms.AddRange(spanning.Where(span => span.LastPosition >= position).Select(span => span.Synonym));
                    concepts.Add(concept);
                }
                else if (type.Type == Lucene.Net.Analysis.Synonym.SynonymFilter.TYPE_SYNONYM)
                {
                    // A synonym of several words ("Demokratie leben") stands for each of them.
                    concepts[^1].Synonyms.Add(text);
                    if (length.PositionLength > 1) spanning.Add((text, position + length.PositionLength - 1));
                }
                else if (text != concepts[^1].Original) concepts[^1].Parts.Add(text);
            }
            stream.End();
        }
        foreach (var concept in concepts) Complete(concept);
        return concepts;
    }

    private void Complete(QueryConcept concept)
    {
        if (Frequency(concept.Original) == 0 && concept.Original.Length >= _options.TypoMinLength)
            concept.Spellings.AddRange(CloseSpellings(concept.Original));
        var known = new[] { concept.Original }.Concat(concept.Synonyms).Concat(concept.Spellings)
            .Select(Frequency).Where(frequency => frequency > 0).ToList();
        concept.Weight = InverseFrequency(known.Count > 0 ? known.Min() : 0);
    }

    private IEnumerable<string> CloseSpellings(string word)
    {
        var maxEdits = word.Length >= _options.TwoTyposMinLength ? 2 : 1;
        var rewritten = _searcher.Rewrite(new FuzzyQuery(new Term(AllField, word), maxEdits, prefixLength: 0));
        var terms = new HashSet<Term>();
        rewritten.ExtractTerms(terms);
        return terms.Select(found => found.Text).Where(text => !text.StartsWith(KnowledgeAnalyzer.SynonymTokenPrefix, StringComparison.Ordinal) || !char.IsDigit(text[^1]));
    }

    private int Frequency(string term) => _documentFrequency.GetValueOrDefault(term);

    /// <summary>BM25's idf; a word no article contains gets the highest weight, which is what makes an off-topic question score low.</summary>
    private double InverseFrequency(int frequency) => Math.Sqrt(Math.Log(1 + (_articles.Count - frequency + 0.5) / (frequency + 0.5)));

    private static Query BuildQuery(List<QueryConcept> concepts)
    {
        var query = new BooleanQuery();
        foreach (var concept in concepts)
        {
            var alternatives = new DisjunctionMaxQuery(0.1f);
            foreach (var (field, boost, _) in Fields)
            {
                alternatives.Add(new TermQuery(new Term(field, concept.Original)) { Boost = boost });
                foreach (var synonym in concept.Synonyms) alternatives.Add(new TermQuery(new Term(field, synonym)) { Boost = boost * SynonymBoost });
                foreach (var spelling in concept.Spellings) alternatives.Add(new TermQuery(new Term(field, spelling)) { Boost = boost * SpellingBoost });
                foreach (var part in concept.Parts) alternatives.Add(new TermQuery(new Term(field, part)) { Boost = boost * PartBoost });
            }
            query.Add(alternatives, Occur.SHOULD);
        }
        return query;
    }

    /// <summary>
    /// The weighted share of question words the article contains. A word found only in the body counts less,
    /// a close spelling or some compound parts count partly.
    /// </summary>
    private double Coverage(List<QueryConcept> concepts, Dictionary<string, FieldMask> terms)
    {
        double total = 0, covered = 0;
        foreach (var concept in concepts)
        {
            total += concept.Weight;
            covered += concept.Weight * Match(concept, terms);
        }
        return total > 0 ? covered / total : 0;
    }

    private double Match(QueryConcept concept, Dictionary<string, FieldMask> terms)
    {
        double Best(IEnumerable<string> candidates) => candidates.Select(candidate => terms.GetValueOrDefault(candidate))
            .Select(mask => mask == FieldMask.None ? 0 : (mask & ~FieldMask.Body) != 0 ? 1.0 : _options.BodyOnlyCoverage).DefaultIfEmpty(0).Max();

        var exact = Best([concept.Original, .. concept.Synonyms]);
        var spelling = Best(concept.Spellings) * _options.TypoCoverage;
        return Math.Max(exact, Math.Max(spelling, PartsMatch(concept, Best) * _options.PartCoverage));
    }

    /// <summary>
    /// The share of a compound's letters that matched parts explain: "Verwendungsnachweisfrist" is fully
    /// explained by "verwendungsnachweis" and "frist", "Weihnachtsfeier" hardly by "acht".
    /// </summary>
    private static double PartsMatch(QueryConcept concept, Func<IEnumerable<string>, double> match)
    {
        if (concept.Parts.Count == 0) return 0;
        var explained = new double[concept.Original.Length];
        foreach (var part in concept.Parts)
        {
            var start = concept.Original.IndexOf(part, StringComparison.Ordinal);
            var value = match([part]);
            if (start < 0 || value == 0) continue;
            for (var index = start; index < start + part.Length; index++) explained[index] = Math.Max(explained[index], value);
        }
        return explained.Average();
    }

    [System.Flags]
    private enum FieldMask : byte { None = 0, Title = 1, Questions = 2, Tags = 4, Body = 8 }
}
