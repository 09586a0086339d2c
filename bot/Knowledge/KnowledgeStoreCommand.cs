using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Knowledge.Store;
using NrwBot.Host.Data;
using NrwBot.Host.Hosting;

namespace NrwBot.Host.Knowledge;

/// <summary>
/// "kb import|export|history|rollback" over the bot's own services and configured database (nothing is started):
/// the database is migrated and, when empty, seeded from the content folder, exactly as at a start of the bot.
/// </summary>
public static class KnowledgeStoreCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Action<WebApplicationBuilder>? configure = null,
        CancellationToken cancellationToken = default)
    {
        await using var app = NrwBotApp.Build([], builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Configuration["Logging:LogLevel:Default"] = "Warning";
            configure?.Invoke(builder);
        }, new WebApplicationOptions { ContentRootPath = ContentPaths.Root() });
        var services = app.Services;
        await using (var db = await services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync(cancellationToken))
            await DatabaseMigrator.MigrateAsync(db, services.GetRequiredService<ILogger<EfKnowledgeStore>>(), cancellationToken);
        var store = services.GetRequiredService<IKnowledgeStore>();
        var folder = ContentPaths.Resolve(app.Environment.ContentRootPath, "knowledge");
        var clock = services.GetRequiredService<TimeProvider>();
        try
        {
            await KnowledgeFolderSync.SeedIfEmptyAsync(store, folder, clock.GetUtcNow(), issue => stderr.WriteLine(issue), cancellationToken);
        }
        catch (KnowledgeStoreException)
        {
            await stderr.WriteLineAsync(KnowledgeStoreTexts.StoreFailed.German);
            return 1;
        }
        return await new KnowledgeStoreCommandLine(store, folder, clock, Environment.UserName).RunAsync(args, stdout, stderr, cancellationToken);
    }
}
