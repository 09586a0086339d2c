using NrwBot.Dialogs.Analysis;
using NrwBot.Host.Cli;

namespace NrwBot.Host.Analysis;

/// <summary>
/// "analysis --region NAME [--from … --to …] [--format md|csv|json]" over the bot's own services and configured
/// database (nothing is started, nothing is sent): the analysis on standard output, logs on standard error.
/// </summary>
public static class AnalysisCommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Action<WebApplicationBuilder>? configure = null,
        Action<IServiceCollection>? replaceServices = null)
    {
        await using var app = await CommandLineHost.StartAsync<AnalysisExport>(configure, replaceServices);
        return await app.Services.GetRequiredService<AnalysisExport>().RunAsync(args, stdout, stderr, CancellationToken.None);
    }
}
