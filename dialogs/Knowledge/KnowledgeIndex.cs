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
    private readonly PhrasingSimilarity _phrasings;

    // Article number per Lucene document, read once from doc values: loading a stored field per hit cost more
    // than the search, and Lucene's doc values readers must not be shared between threads.
    private int[] _articleIndex = [];

    public KnowledgeIndex(KnowledgeBase knowledgeBase, KnowledgeOptions? options = null)
    {
        _options = options ?? new KnowledgeOptions();
        _articles = knowledgeBase.Articles;
        _analyzer = KnowledgeAnalyzer.For(knowledgeBase);
        var analyzed = _articles.Select(Analyze).ToArray();
        _termsByArticle = analyzed.Select(TermsOf).ToArray();
        foreach (var term in _termsByArticle.SelectMany(terms => terms.Keys))
            _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
        _searcher = BuildSearcher(analyzed);
        _phrasings = new PhrasingSimilarity(_articles);
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
        var trigrams = _options.PhrasingWeight > 0 ? _phrasings.Prepare(question) : null;
        return top.ScoreDocs
            .Select(hit => (Index: _articleIndex[hit.Doc], hit.Score))
            .Select(hit => trigrams is null ? hit : hit with { Score = hit.Score * (float)(1 + _options.PhrasingWeight * _phrasings.Of(trigrams, hit.Index)) })
            .Select(hit => new KnowledgeHit(_articles[hit.Index], hit.Score, Coverage(concepts, _termsByArticle[hit.Index]), 0))
            .OrderByDescending(hit => hit.Relevance)
            .Take(maxHits)
            .ToList();
    }

    private IndexSearcher BuildSearcher(AnalyzedArticle[] analyzed)
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(KnowledgeAnalyzer.Version, _analyzer) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var index = 0; index < analyzed.Length; index++) writer.AddDocument(DocumentOf(index, analyzed[index], _termsByArticle[index]));
            writer.Commit();
        }
        var reader = DirectoryReader.Open(directory);
        var numbers = MultiDocValues.GetNumericValues(reader, IdField);
        _articleIndex = Enumerable.Range(0, reader.MaxDoc).Select(document => (int)(numbers?.Get(document) ?? 0)).ToArray();
        return new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>The "all" field holds each term once: it only serves to find close spellings of unknown words.</summary>
    private static Document DocumentOf(int index, AnalyzedArticle article, Dictionary<string, FieldMask> terms) =>
    [
        new NumericDocValuesField(IdField, index),
        new TextField("title", new AnalyzedTokens(article.Title)),
        new TextField("questions", new AnalyzedTokens(article.Questions)),
        new TextField("tags", new AnalyzedTokens(article.Tags)),
        new TextField("body", new AnalyzedTokens(article.Body)),
        new TextField(AllField, new AnalyzedTokens(terms.Keys.Select(term => (term, 1)).ToList())),
    ];

    /// <summary>Form names are searched like tags: "Mittelanforderung" should find the article that links that form.</summary>
    private static IEnumerable<string> TagTexts(KnowledgeArticle article) => article.Tags.Concat(article.Forms.Select(form => form.Name));

    private AnalyzedArticle Analyze(KnowledgeArticle article) => new(
        AnalyzedTokens.Of(_analyzer, article.Title),
        AnalyzedTokens.Of(_analyzer, string.Join("\n", article.Questions)),
        AnalyzedTokens.Of(_analyzer, string.Join("\n", TagTexts(article))),
        AnalyzedTokens.Of(_analyzer, article.PlainBody));

    private static Dictionary<string, FieldMask> TermsOf(AnalyzedArticle article)
    {
        var terms = new Dictionary<string, FieldMask>(StringComparer.Ordinal);
        void Add(List<(string Term, int Increment)> tokens, FieldMask mask)
        {
            foreach (var (term, _) in tokens) terms[term] = terms.GetValueOrDefault(term) | mask;
        }
        Add(article.Title, FieldMask.Title);
        Add(article.Questions, FieldMask.Questions);
        Add(article.Tags, FieldMask.Tags);
        Add(article.Body, FieldMask.Body);
        return terms;
    }

    private sealed record AnalyzedArticle(
        List<(string Term, int Increment)> Title,
        List<(string Term, int Increment)> Questions,
        List<(string Term, int Increment)> Tags,
        List<(string Term, int Increment)> Body);

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
                else if (type.Type == CompoundPartsFilter.PartSynonymType && concepts[^1].Parts.Count > 0) concepts[^1].Parts[^1].Synonyms.Add(text);
                else if (text != concepts[^1].Original) concepts[^1].Parts.Add(new QueryConcept.Part(text, []));
            }
            stream.End();
        }
        foreach (var concept in concepts) Complete(concept);
        return concepts;
    }

    private void Complete(QueryConcept concept)
    {
        // A compound whose parts are known words is no typo; skipping the fuzzy lookup also keeps long words fast.
        if (Frequency(concept.Original) == 0 && concept.Original.Length >= _options.TypoMinLength && PartsMatch(concept, _ => 1) < 0.8)
        {
            concept.Spellings.AddRange(Derivations(concept.Original));
            concept.Spellings.AddRange(CloseSpellings(concept.Original).Except(concept.Spellings));
        }
        var known = new[] { concept.Original }.Concat(concept.Synonyms).Concat(concept.Spellings)
            .Select(Frequency).Where(frequency => frequency > 0).ToList();
        concept.Weight = InverseFrequency(known.Count > 0 ? known.Min() : 0);
    }

    // Derivational endings the light stemmer keeps: the verb's -t/-et, the noun's -ung, the adjective's -lich/-ig/-isch/-bar.
    private static readonly string[] RemovedSuffixes = ["ungen", "ung", "lich", "isch", "ig", "bar", "et", "t"];
    private static readonly string[] AddedSuffixes = ["ung", "lich", "isch", "ig", "bar", ""];
    private const int MinRootLength = 5;

    /// <summary>
    /// Index terms of the same root with another derivational ending: "umschichten" meets "Umschichtung", "verlängert"
    /// "Verlängerung". Counted like a close spelling. Only for words no article contains, and only dictionary lookups.
    /// (Cross-validation of the phrasings: top-3 97.7 % → 98.9 %; development set unchanged at top-1, two more answers.)
    /// </summary>
    private List<string> Derivations(string word)
    {
        var roots = new List<string> { word };
        roots.AddRange(RemovedSuffixes.Where(suffix => word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= MinRootLength)
            .Select(suffix => word[..^suffix.Length]));
        return roots.SelectMany(root => AddedSuffixes.Select(suffix => root + suffix)).Where(term => term != word && Frequency(term) > 0).Distinct().ToList();
    }

    /// <summary>Index terms one edit away (a transposition counts as one); two edits only for long words where one found nothing.</summary>
    private List<string> CloseSpellings(string word)
    {
        var found = TermsWithin(word, 1);
        return found.Count == 0 && word.Length >= _options.TwoTyposMinLength ? TermsWithin(word, 2) : found;
    }

    private List<string> TermsWithin(string word, int maxEdits)
    {
        var rewritten = _searcher.Rewrite(new FuzzyQuery(new Term(AllField, word), maxEdits, prefixLength: 1));
        var terms = new HashSet<Term>();
        rewritten.ExtractTerms(terms);
        return terms.Select(found => found.Text).Where(text => !IsSynonymToken(text)).ToList();
    }

    private static bool IsSynonymToken(string term) =>
        term.StartsWith(KnowledgeAnalyzer.SynonymTokenPrefix, StringComparison.Ordinal) && char.IsDigit(term[^1]);

    private int Frequency(string term) => _documentFrequency.GetValueOrDefault(term);

    /// <summary>
    /// The square root of BM25's idf. A word no article contains weighs most, which is what makes an off-topic
    /// question score low; the root keeps rare everyday words ("gehört", "wenig") from outweighing the topic word
    /// (with the plain idf the dev set lost two top-1 hits that way).
    /// </summary>
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
                foreach (var part in concept.Parts)
                {
                    alternatives.Add(new TermQuery(new Term(field, part.Term)) { Boost = boost * PartBoost });
                    foreach (var synonym in part.Synonyms) alternatives.Add(new TermQuery(new Term(field, synonym)) { Boost = boost * PartBoost * SynonymBoost });
                }
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
            var start = concept.Original.IndexOf(part.Term, StringComparison.Ordinal);
            var value = match([part.Term, .. part.Synonyms]);
            if (start < 0 || value == 0) continue;
            for (var index = start; index < start + part.Term.Length; index++) explained[index] = Math.Max(explained[index], value);
        }
        return explained.Average();
    }

    [System.Flags]
    private enum FieldMask : byte { None = 0, Title = 1, Questions = 2, Tags = 4, Body = 8 }
}
