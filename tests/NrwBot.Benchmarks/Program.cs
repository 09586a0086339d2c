using BenchmarkDotNet.Running;
using NrwBot.Benchmarks;

if (args.Contains("--latency"))
{
    LatencyProbe.Run(articles: 1000, searches: 20000, Console.Out);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(KnowledgeBenchmarks).Assembly).Run(args);
