namespace NrwBot.LoadTest;

public sealed record LoadResult(string Target, int Conversations, int Turns, int Failures, double TurnsPerSecond, double P50, double P95, double P99, long PeakMemoryBytes,
    double StartupSeconds)
{
    /// <summary>Turns finished in each second of the measured period (with --warmup 0: from the bot's start).</summary>
    public int[] PerSecond { get; init; } = [];

    /// <summary>CPU time the bot process used in the measured period.</summary>
    public double CpuSeconds { get; init; }

    public double CpuMillisecondsPerTurn => Turns == 0 ? 0 : CpuSeconds * 1000 / Turns;

    public static LoadResult From(string target, int conversations, TimeSpan elapsed, List<double> latencies, int failures, long peakMemory, TimeSpan startup)
    {
        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
        return new LoadResult(target, conversations, latencies.Count, failures, latencies.Count / elapsed.TotalSeconds,
            Percentile(0.50), Percentile(0.95), Percentile(0.99), peakMemory, startup.TotalSeconds);
    }
}
