using System.Globalization;
using System.Text.Json;

namespace NrwBot.LoadTest;

/// <summary>A table for people and one JSON line per target for scripts; the ratio of the first two targets last.</summary>
public static class LoadReport
{
    public static void Print(IReadOnlyList<LoadResult> results, TextWriter output)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine("target          conv   turns  failed  turns/s   p50 ms   p95 ms   p99 ms  peak MB  start s  cpu ms/turn");
        foreach (var result in results)
        {
            output.WriteLine(string.Format(culture, "{0,-14} {1,5} {2,7} {3,7} {4,8:0} {5,8:0.0} {6,8:0.0} {7,8:0.0} {8,8:0} {9,8:0.00} {10,12:0.000}",
                result.Target, result.Conversations, result.Turns, result.Failures, result.TurnsPerSecond, result.P50, result.P95, result.P99,
                result.PeakMemoryBytes / 1024.0 / 1024.0, result.StartupSeconds, result.CpuMillisecondsPerTurn));
        }
        foreach (var result in results)
            output.WriteLine($"{result.Target} turns per second, second by second: {string.Join(' ', result.PerSecond.Take(10))}");
        foreach (var result in results) output.WriteLine(JsonSerializer.Serialize(result));
        // Every target against the first (list the warm echo bot first to read the targets off directly).
        for (var index = 1; index < results.Count && results[0].TurnsPerSecond > 0; index++)
            output.WriteLine(string.Format(culture, "ratio {0} / {1}: {2:0.00}x", results[index].Target, results[0].Target, results[index].TurnsPerSecond / results[0].TurnsPerSecond));
    }
}
