using System.Diagnostics;
using System.Globalization;
using NrwBot.Dialogs.Knowledge;

namespace NrwBot.Benchmarks;

/// <summary>
/// Per-question latency percentiles. BenchmarkDotNet reports statistics of iteration means; a p99 per search
/// needs every single search timed, which this does (after a warm-up), together with the index build time.
/// </summary>
public static class LatencyProbe
{
    public static void Run(int articles, int searches, TextWriter output)
    {
        var knowledgeBase = GeneratedKnowledgeBase.Create(articles);
        var builds = Enumerable.Range(0, 5).Select(_ => Time(() => new KnowledgeIndex(knowledgeBase))).ToList();
        var index = new KnowledgeIndex(knowledgeBase);
        var questions = GeneratedKnowledgeBase.Questions(knowledgeBase);
        for (var warmUp = 0; warmUp < 2000; warmUp++) index.Search(questions[warmUp % questions.Count], 10);
        var times = Enumerable.Range(0, searches).Select(number => Time(() => index.Search(questions[number % questions.Count], 10))).Order().ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{articles} articles, {searches} searches: p50 {Percentile(times, 50):0.000} ms, p95 {Percentile(times, 95):0.000} ms, p99 {Percentile(times, 99):0.000} ms, max {times[^1]:0.000} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"index build (5 runs): min {builds.Min():0} ms, median {builds.Order().ElementAt(2):0} ms, max {builds.Max():0} ms"));
    }

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Percentile(List<double> sorted, int percent) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
}
