using Microsoft.EntityFrameworkCore;
using NrwBot.Dialogs.Calendar;
using NrwBot.Dialogs.Content;
using NrwBot.Host.Data;
using NrwBot.Host.Hosting;

namespace NrwBot.Host.Calendar;

/// <summary>
/// "calendar --ics": the whole calendar (files and entries added in the chat) as iCalendar on standard output;
/// "calendar" alone lists it as text. The bot's own services over the configured database, nothing is started.
/// </summary>
public static class CalendarCommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Action<WebApplicationBuilder>? configure = null)
    {
        if (args.Any(arg => arg != "--ics"))
        {
            await stderr.WriteLineAsync("Aufruf: calendar [--ics]");
            return 64;
        }
        try
        {
            await using var app = NrwBotApp.Build([], builder =>
            {
                builder.Logging.ClearProviders();
                builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
                builder.Configuration["Logging:LogLevel:Default"] = "Warning";
                configure?.Invoke(builder);
            }, new WebApplicationOptions { ContentRootPath = ContentRoot() });
            await using (var db = await app.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync())
                await DatabaseMigrator.MigrateAsync(db, app.Services.GetRequiredService<ILogger<CalendarBook>>(), CancellationToken.None);
            var entries = await app.Services.GetRequiredService<CalendarBook>().AllAsync(CancellationToken.None);
            var clock = app.Services.GetRequiredService<TimeProvider>();
            await stdout.WriteAsync(args.Contains("--ics") ? CalendarIcs.Write(entries, clock.GetUtcNow()) : Text(entries));
            await stdout.FlushAsync();
            return 0;
        }
        catch (ContentException error)
        {
            await stderr.WriteLineAsync(error.Message);
            return 1;
        }
    }

    private static string Text(IReadOnlyList<CalendarEntry> entries) => string.Concat(entries.Select(entry =>
        $"{entry.Start:yyyy-MM-dd}{(entry.End != entry.Start ? $"..{entry.End:yyyy-MM-dd}" : "")}\t{CalendarIcs.Summary(entry)}\t{entry.Audience.Describe()}\t{entry.Source}{Environment.NewLine}"));

    private static string ContentRoot() =>
        Directory.Exists(Path.Combine(Directory.GetCurrentDirectory(), "content")) ? Directory.GetCurrentDirectory() : AppContext.BaseDirectory;
}
