using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Digest;
using NrwBot.Host.Data;
using NrwBot.Host.Hosting;

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
        await using var app = NrwBotApp.Build([], builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Configuration["Logging:LogLevel:Default"] = "Warning";
            builder.Configuration["Logging:LogLevel:Microsoft"] = "Warning";
            configure?.Invoke(builder);
        }, new WebApplicationOptions { ContentRootPath = ContentPaths.Root() }, replaceServices);
        // A database the bot never started in has no tables yet: an empty digest, not an error.
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync())
            await DatabaseMigrator.MigrateAsync(db, app.Services.GetRequiredService<ILogger<DigestExport>>(), CancellationToken.None);
        return await app.Services.GetRequiredService<DigestExport>().RunAsync(args, stdout, stderr, CancellationToken.None);
    }
}
