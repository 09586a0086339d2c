using NrwBot.LoadTest;

// Child mode: serve one bot and print its port (the parent measures this process's memory).
if (args.Length >= 2 && args[0] == "--serve") return await BotServer.ServeAsync(args[1]);

// Outbox mode: N conversations through the outbox against a rate-limited connector (README, "Delivery guarantees").
if (args.Length >= 2 && args[0] == "--outbox")
{
    var limit = args.Length >= 4 && args[2] == "--limit" ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 200;
    var postgres = Environment.GetEnvironmentVariable("NRWBOT_BENCH_POSTGRES");
    return await OutboxBenchmark.RunAsync(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), limit, postgres, Console.Out);
}

// Start-up mode: the published bot from process start to ready (README, "Performance").
if (args.Length >= 2 && args[0] == "--startup")
{
    var runs = args.Length >= 4 && args[2] == "--runs" ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 5;
    return await StartupRun.RunAsync(args[1], runs, Console.Out);
}

var options = LoadOptions.Parse(args);
var results = new List<LoadResult>();
await using var connector = await LoopbackConnector.StartAsync();
foreach (var target in options.Targets)
{
    Console.Error.WriteLine($"load: {target} with {options.Conversations} conversations for {options.Duration.TotalSeconds:0} s …");
    results.Add(await LoadRun.MeasureAsync(target, options, connector.ServiceUrl, options.Production ? connector.ServiceUrl.TrimEnd('/') : null));
}
LoadReport.Print(results, Console.Out);
return 0;
