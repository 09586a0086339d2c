using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Analysis;
using NrwBot.Host.Data;
using NrwBot.Host.Hosting;

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
        await using var app = NrwBotApp.Build([], builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Configuration["Logging:LogLevel:Default"] = "Warning";
            builder.Configuration["Logging:LogLevel:Microsoft"] = "Warning";
            configure?.Invoke(builder);
        }, new WebApplicationOptions { ContentRootPath = ContentPaths.Root() }, replaceServices);
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync())
            await DatabaseMigrator.MigrateAsync(db, app.Services.GetRequiredService<ILogger<AnalysisExport>>(), CancellationToken.None);
        return await app.Services.GetRequiredService<AnalysisExport>().RunAsync(args, stdout, stderr, CancellationToken.None);
    }
}
