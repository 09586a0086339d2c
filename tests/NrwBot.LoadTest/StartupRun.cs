using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace NrwBot.LoadTest;

/// <summary>
/// --startup DIR [--runs N]: how long the published bot (DIR/NrwBot.Host, as `dotnet publish bot -c Release -o DIR`
/// makes it) takes from process start to /healthz/ready answering 200, with production settings. The first run
/// starts on an empty database (migrations, knowledge seed import); the others restart on it, as an instance does
/// after a deployment. Reports each run, the median of the restarts and the peak memory at ready.
/// </summary>
public static class StartupRun
{
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(string folder, int runs, TextWriter output)
    {
        var executable = Path.Combine(Path.GetFullPath(folder), "NrwBot.Host");
        if (!File.Exists(executable))
        {
            output.WriteLine($"{executable} not found: publish first (dotnet publish bot -c Release -o {folder})");
            return 2;
        }
        var database = Directory.CreateTempSubdirectory("nrwbot-startup-");
        var restarts = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var (seconds, peak) = await StartOnceAsync(executable, Path.Combine(database.FullName, "nrwbot.db"));
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "run {0} ({1}): ready after {2:0.000} s, peak memory {3:0} MB",
                run + 1, run == 0 ? "empty database" : "restart", seconds, peak / 1024.0 / 1024.0));
            if (run > 0) restarts.Add(seconds);
        }
        restarts.Sort();
        if (restarts.Count > 0)
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "median restart to ready: {0:0.000} s", restarts[restarts.Count / 2]));
        database.Delete(recursive: true);
        return 0;
    }

    private static async Task<(double Seconds, long PeakMemory)> StartOnceAsync(string executable, string databaseFile)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        // Production as deployed, with placeholder credentials (no token is fetched before the first reply).
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["MicrosoftAppType"] = "MultiTenant";
        start.Environment["MicrosoftAppId"] = "00000000-0000-0000-0000-00000000abcd";
        start.Environment["MicrosoftAppPassword"] = "load-test-placeholder";
        start.Environment["Database__SqlitePath"] = databaseFile;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + executable);
        var drain = Task.WhenAll(process.StandardOutput.BaseStream.CopyToAsync(Stream.Null), process.StandardError.BaseStream.CopyToAsync(Stream.Null));
        try
        {
            while (clock.Elapsed < GiveUp && !process.HasExited)
            {
                if (await IsReadyAsync(http, port)) return (clock.Elapsed.TotalSeconds, LoadRun.PeakResidentBytes(process.Id));
                await Task.Delay(10);
            }
            throw new InvalidOperationException($"the bot was not ready within {GiveUp.TotalSeconds:0} s (exited: {process.HasExited})");
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            await drain;
        }
    }

    private static async Task<bool> IsReadyAsync(HttpClient http, int port)
    {
        try
        {
            using var response = await http.GetAsync($"http://127.0.0.1:{port}/healthz/ready");
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
