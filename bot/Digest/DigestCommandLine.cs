using NrwBot.Dialogs.Digest;
using NrwBot.Host.Cli;

namespace NrwBot.Host.Digest;

/// <summary>
/// "digest --from 2026-11-01 --to 2026-11-30 --format md|html|csv|json [--region NAME]": the bot's own services over
/// the configured database (nothing is started, nothing is sent), the digest on standard output, logs on standard error.
/// </summary>
public static class DigestCommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Action<WebApplicationBuilder>? configure = null,
        Action<IServiceCollection>? replaceServices = null)
    {
        await using var app = await CommandLineHost.StartAsync<DigestExport>(configure, replaceServices);
        return await app.Services.GetRequiredService<DigestExport>().RunAsync(args, stdout, stderr, CancellationToken.None);
    }
}
