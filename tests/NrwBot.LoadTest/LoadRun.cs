using System.Diagnostics;
using System.Text;

namespace NrwBot.LoadTest;

/// <summary>
/// One measurement: start the target in a child process, let N conversations send turns back to back for
/// the warm-up and then the measured period, and read the child's peak memory from /proc.
/// </summary>
public static class LoadRun
{
    public static async Task<LoadResult> MeasureAsync(string target, LoadOptions options, string serviceUrl, string? otlpEndpoint)
    {
        var started = Stopwatch.StartNew();
        using var child = StartChild(target, otlpEndpoint);
        var address = await ReadAddressAsync(child, target);
        var startup = started.Elapsed;
        // Production logging writes to standard output: drain it, as a log collector would.
        var drain = child.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Conversations * options.InFlight * 2 }) { BaseAddress = new Uri(address) };
        var text = target == BotServer.NrwBotQuestion ? "Wann ist der Verwendungsnachweis fällig?" : "Hilfe";

        await RunAsync(http, options, options.Warmup, serviceUrl, "warmup", text, null, null);
        var latencies = new List<double>[options.Conversations * options.InFlight];
        var perSecond = new int[(int)Math.Ceiling(options.Duration.TotalSeconds) + 1];
        var cpuBefore = CpuTime(child.Id);
        var clock = Stopwatch.StartNew();
        var failures = await RunAsync(http, options, options.Duration, serviceUrl, "measure", text, latencies, perSecond);
        var elapsed = clock.Elapsed;
        var cpu = CpuTime(child.Id) - cpuBefore;
        var peakMemory = PeakResidentBytes(child.Id);

        child.StandardInput.Close();
        await child.WaitForExitAsync();
        await drain;
        return LoadResult.From(target, options.Conversations, elapsed, latencies.SelectMany(list => list).ToList(), failures, peakMemory, startup) with { PerSecond = perSecond, CpuSeconds = cpu.TotalSeconds };
    }

    /// <summary>The child prints its address when it is ready; log lines may come first.</summary>
    private static async Task<string> ReadAddressAsync(Process child, string target)
    {
        while (await child.StandardOutput.ReadLineAsync() is { } line)
            if (line.StartsWith("http://", StringComparison.Ordinal)) return line.Trim();
        throw new InvalidOperationException($"{target} did not start");
    }

    /// <summary>
    /// Conversations × in-flight workers; the workers of one conversation send into the same conversation at once.
    /// <paramref name="perSecond"/> counts the turns finished in each second (how soon after start the bot is at full speed).
    /// </summary>
    private static async Task<int> RunAsync(HttpClient http, LoadOptions options, TimeSpan duration, string serviceUrl, string phase, string text,
        List<double>[]? latencies, int[]? perSecond)
    {
        var deadline = Stopwatch.StartNew();
        var failures = 0;
        var workers = Enumerable.Range(0, options.Conversations * options.InFlight).Select(async worker =>
        {
            var index = worker / options.InFlight;
            var mine = new List<double>(4096);
            if (latencies is not null) latencies[worker] = mine;
            for (var turn = 0; deadline.Elapsed < duration && turn < 1_000_000; turn++)
            {
                var body = TeamsMessage(serviceUrl, $"{phase}-{index}", $"{phase}-{worker}-{turn}", text);
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (perSecond is not null) Interlocked.Increment(ref perSecond[Math.Min(perSecond.Length - 1, (int)deadline.Elapsed.TotalSeconds)]);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
            }
        });
        await Task.WhenAll(workers);
        return failures;
    }

    private static Process StartChild(string target, string? otlpEndpoint)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(LoadRun).Assembly.Location, "--serve", target])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        if (otlpEndpoint is not null) start.Environment[BotServer.ProductionVariable] = otlpEndpoint;
        return Process.Start(start) ?? throw new InvalidOperationException("could not start " + target);
    }

    /// <summary>VmHWM: the highest resident set size the process has had.</summary>
    /// <summary>
    /// User + system CPU time of the bot process (/proc/PID/stat, in clock ticks of 10 ms): CPU per turn is the figure
    /// that holds on a busy machine, where turns per second depend on what else runs.
    /// </summary>
    private static TimeSpan CpuTime(int processId)
    {
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    internal static long PeakResidentBytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(status => status.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    private static string TeamsMessage(string serviceUrl, string conversation, string id, string text) => $$"""
        {"type":"message","id":"{{id}}","timestamp":"2026-11-27T09:00:00.000Z","serviceUrl":"{{serviceUrl}}","channelId":"msteams",
         "from":{"id":"29:{{conversation}}","name":"Last Test","aadObjectId":"aad-{{conversation}}"},
         "conversation":{"conversationType":"personal","id":"a:{{conversation}}"},
         "recipient":{"id":"28:nrwbot","name":"NrwBot"},"text":"{{text}}","locale":"de-DE"}
        """;
}
