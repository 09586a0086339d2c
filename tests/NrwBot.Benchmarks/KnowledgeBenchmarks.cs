using BenchmarkDotNet.Attributes;
using NrwBot.Dialogs.Knowledge;

namespace NrwBot.Benchmarks;

/// <summary>Issue 3 targets on 1,000 articles: search p99 under 5 ms, full index build under 2 s.</summary>
[MemoryDiagnoser]
public class KnowledgeBenchmarks
{
    private KnowledgeBase _knowledgeBase = KnowledgeBase.Empty;
    private KnowledgeIndex _index = null!;
    private IReadOnlyList<string> _questions = [];
    private int _next;

    [Params(1000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _knowledgeBase = GeneratedKnowledgeBase.Create(Articles);
        _index = new KnowledgeIndex(_knowledgeBase);
        _questions = GeneratedKnowledgeBase.Questions(_knowledgeBase);
    }

    /// <summary>One question per invocation, cycling through typed questions, typos, compounds and unknown words.</summary>
    [Benchmark]
    public int Search() => _index.Search(_questions[_next++ % _questions.Count], 10).Count;

    /// <summary>Everything a reload does: analyzers, compound dictionary, synonym map, Lucene index, coverage term sets.</summary>
    [Benchmark]
    public int BuildIndex() => new KnowledgeIndex(_knowledgeBase).Count;
}
