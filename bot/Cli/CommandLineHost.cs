using Microsoft.EntityFrameworkCore;
using NrwBot.Host.Data;
using NrwBot.Host.Hosting;

namespace NrwBot.Host.Cli;

/// <summary>
/// The bot's own services for a report command (digest, analysis) over the configured database: nothing is started
/// or sent, logs go to standard error, and a database the bot never started in gets its tables (an empty report, not an error).
/// </summary>
public static class CommandLineHost
{
    public static async Task<WebApplication> StartAsync<TLog>(Action<WebApplicationBuilder>? configure, Action<IServiceCollection>? replaceServices)
    {
        var app = NrwBotApp.Build([], builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Configuration["Logging:LogLevel:Default"] = "Warning";
            builder.Configuration["Logging:LogLevel:Microsoft"] = "Warning";
            configure?.Invoke(builder);
        }, new WebApplicationOptions { ContentRootPath = ContentPaths.Root() }, replaceServices);
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync())
            await DatabaseMigrator.MigrateAsync(db, app.Services.GetRequiredService<ILogger<TLog>>(), CancellationToken.None);
        return app;
    }
}
