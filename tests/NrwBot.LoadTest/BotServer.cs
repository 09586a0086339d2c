using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using NrwBot.Host.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace NrwBot.LoadTest;

/// <summary>The two bots under load, each served alone in a child process on a loopback port.</summary>
public static class BotServer
{
    public const string StockEcho = "stock-echo";
    public const string NrwBotHelp = "nrwbot-help";

    /// <summary>NrwBot answering a knowledge question (search, question log, suggestions in the state).</summary>
    public const string NrwBotQuestion = "nrwbot-question";

    /// <summary>The same echo bot with only NrwBot's serializer fix: separates the SDK fix from NrwBot's own work.</summary>
    public const string WarmEcho = "warm-echo";

    /// <summary>Set by the parent with --production: logging as in production and telemetry over OTLP to this endpoint.</summary>
    public const string ProductionVariable = "NRWBOT_LOAD_OTLP";

    public static async Task<int> ServeAsync(string target)
    {
        await using var app = target switch
        {
            StockEcho => BuildEcho(warm: false),
            WarmEcho => BuildEcho(warm: true),
            _ => BuildNrwBot(),
        };
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Console.WriteLine(address);
        await Console.Out.FlushAsync();
        // The parent closes standard input when it is done measuring.
        await Console.In.ReadToEndAsync();
        await app.StopAsync();
        return 0;
    }

    /// <summary>An echo bot exactly as the SDK's samples write it: stock CloudAdapter, no state.</summary>
    private static WebApplication BuildEcho(bool warm)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        Quiet(builder);
        if (Environment.GetEnvironmentVariable(ProductionVariable) is { Length: > 0 } otlp)
        {
            // The echo bot with the same production costs as NrwBot: console logging and an OpenTelemetry pipeline.
            builder.Services.AddOpenTelemetry()
                .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
                .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
                .UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf, new Uri(otlp));
        }
        builder.Services.AddSingleton<BotFrameworkAuthentication>(provider =>
        {
            var stock = new ConfigurationBotFrameworkAuthentication(builder.Configuration);
            return warm ? new NrwBot.Host.Adapter.WarmSerializerAuthentication(stock) : stock;
        });
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(provider => new CloudAdapter(
            provider.GetRequiredService<BotFrameworkAuthentication>(), provider.GetRequiredService<ILogger<IBotFrameworkHttpAdapter>>()));
        builder.Services.AddSingleton<IBot, EchoBot>();
        var app = builder.Build();
        app.MapPost("/api/messages", (HttpContext context, IBotFrameworkHttpAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(context.Request, context.Response, bot));
        return app;
    }

    /// <summary>NrwBot as it runs in production, over a fresh SQLite database.</summary>
    private static WebApplication BuildNrwBot()
    {
        var folder = Directory.CreateTempSubdirectory("nrwbot-load-");
        return NrwBotApp.Build([], builder =>
        {
            Quiet(builder);
            builder.Configuration["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder.FullName, "load.db")};Default Timeout=30";
            builder.Configuration["MicrosoftAppId"] = "";
            if (Environment.GetEnvironmentVariable(ProductionVariable) is { Length: > 0 } otlp) builder.Configuration["Telemetry:OtlpEndpoint"] = otlp;
        }, new WebApplicationOptions { EnvironmentName = Production ? "Production" : "Development", ContentRootPath = AppContext.BaseDirectory });
    }

    /// <summary>Measured as it runs in production: the Production environment (no developer exception page), its logging and telemetry.</summary>
    private static bool Production => Environment.GetEnvironmentVariable(ProductionVariable) is { Length: > 0 };

    private static void Quiet(WebApplicationBuilder builder)
    {
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        if (Environment.GetEnvironmentVariable(ProductionVariable) is { Length: > 0 })
        {
            // Production logging: the levels of bot/appsettings.json, JSON lines on standard output (the parent drains them).
            builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(options => options.FormatterName = "json");
            return;
        }
        // Logging costs time under load; NRWBOT_LOAD_LOG=1 keeps warnings (on standard error) for debugging.
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("NRWBOT_LOAD_LOG") == "1")
            builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
    }

    private sealed class EchoBot : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext<Microsoft.Bot.Schema.IMessageActivity> turnContext, CancellationToken cancellationToken) =>
            turnContext.SendActivityAsync(MessageFactory.Text("Echo: " + turnContext.Activity.Text), cancellationToken);
    }
}
