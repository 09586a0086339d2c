using Microsoft.Extensions.Options;
using NrwBot.Host.Hosting.Health;
using NrwBot.Host.Telemetry;

namespace NrwBot.Host.Hosting;

/// <summary>Builds the web application; the tests build it the same way and change only the edges.</summary>
public static class NrwBotApp
{
    /// <param name="configure">Runs before the bot's services are added (configuration, URLs, logging).</param>
    /// <param name="replaceServices">Runs after them, so a registration there replaces the bot's own.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null, WebApplicationOptions? options = null,
        Action<IServiceCollection>? replaceServices = null)
    {
        var builder = WebApplication.CreateBuilder(options ?? new WebApplicationOptions { Args = args, ContentRootPath = ContentPaths.Root() });
        configure?.Invoke(builder);
        // In Development (and so in every test host) a singleton that captures a scoped service, or a registration
        // that cannot be built, fails at start instead of on the first turn that needs it.
        builder.Host.UseDefaultServiceProvider((context, provider) =>
        {
            provider.ValidateScopes = context.HostingEnvironment.IsDevelopment();
            provider.ValidateOnBuild = context.HostingEnvironment.IsDevelopment();
        });
        builder.AddNrwBot();
        replaceServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.Map("/api/messages", (HttpContext context, MessagesEndpoint endpoint) => endpoint.HandleAsync(context));
        app.MapGet("/healthz", HealthEndpoint.CheckAsync);
        app.MapGet(NrwBot.Host.Calendar.CalendarFeed.Route, (string file, NrwBot.Host.Calendar.CalendarFeed feed, CancellationToken cancellationToken) =>
            feed.HandleAsync(file, cancellationToken));
        app.MapNrwBotHealthChecks();
        app.MapNrwBotTelemetry();
        app.MapGet("/", () => Results.Text("NrwBot läuft. Nachrichten an POST /api/messages; Zustand unter /healthz."));
        return app;
    }

    /// <summary>Outside Development the bot refuses to start without credentials, with one clear log line.</summary>
    public static bool HasRequiredCredentials(this WebApplication app)
    {
        var credentials = app.Services.GetRequiredService<IOptions<BotCredentialsOptions>>().Value;
        var missing = CredentialCheck.MissingSetting(credentials, app.Environment.IsDevelopment());
        if (missing is null) return true;
        app.Logger.LogCritical(
            "NrwBot startet nicht: die Einstellung {Setting} fehlt. Ohne Zugangsdaten läuft der Bot nur in der Umgebung Development (Environment: {Environment}).",
            missing, app.Environment.EnvironmentName);
        return false;
    }
}
