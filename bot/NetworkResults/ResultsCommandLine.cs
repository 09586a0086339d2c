using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.Requests.Categories;
using NrwBot.Dialogs.Results;
using NrwBot.Host.Data;
using NrwBot.Host.Hosting;

namespace NrwBot.Host.NetworkResults;

/// <summary>
/// "results import FILE [--dry-run] [--json]" over the bot's own services and configured database (nothing is
/// started); the database is migrated only when something is to be stored.
/// </summary>
public static class ResultsCommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Action<WebApplicationBuilder>? configure = null)
    {
        await using var app = NrwBotApp.Build([], builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Configuration["Logging:LogLevel:Default"] = "Warning";
            configure?.Invoke(builder);
        }, new WebApplicationOptions { ContentRootPath = ContentRoot() });
        var services = app.Services;
        var importer = new ResultsImporter(
            new ResultsParser(services.GetRequiredService<PlaceFinder>()),
            new SupportNeedClassifier(services.GetRequiredService<CategoryClassifier>()),
            cancellationToken => OpenStoreAsync(services, cancellationToken));
        return await importer.RunAsync(args, stdout, stderr);
    }

    private static async Task<IResultsStore> OpenStoreAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using (var db = await services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync(cancellationToken))
            await DatabaseMigrator.MigrateAsync(db, services.GetRequiredService<ILogger<EfResultsStore>>(), cancellationToken);
        return services.GetRequiredService<EfResultsStore>();
    }

    private static string ContentRoot() =>
        Directory.Exists(Path.Combine(Directory.GetCurrentDirectory(), "content")) ? Directory.GetCurrentDirectory() : AppContext.BaseDirectory;
}
