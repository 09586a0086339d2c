using Azure.Monitor.OpenTelemetry.AspNetCore;
using Microsoft.Extensions.Logging.Console;
using NrwBot.Dialogs.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Instrumentation.Http;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace NrwBot.Host.Telemetry;

/// <summary>Where logs, traces and metrics go (README, "What to watch").</summary>
public static class TelemetryServices
{
    public static WebApplicationBuilder AddNrwBotTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<TurnTelemetry>();
        services.AddTransient<ConnectorCallCounter>();
        services.ConfigureHttpClientDefaults(client => client.AddHttpMessageHandler<ConnectorCallCounter>());
        // Outside Development one JSON object per log line, for log collectors (App Service, Container Apps, Loki).
        if (!builder.Environment.IsDevelopment())
            services.Configure<ConsoleLoggerOptions>(options => options.FormatterName = ConsoleFormatterNames.Json);

        var options = Read(builder.Configuration);
        if (!(options.Enabled || options.Prometheus || options.OtlpEndpoint is not null || options.AzureMonitorConnectionString is not null)) return builder;

        services.AddSingleton<DatabaseGauges>();
        // Connector URLs in client spans are reduced to their shape: no conversation or activity ids in traces.
        services.Configure<HttpClientTraceInstrumentationOptions>(http => http.EnrichWithHttpRequestMessage = (activity, request) =>
        {
            if (ConnectorUrls.IsConnectorCall(request.RequestUri)) activity.SetTag("url.full", ConnectorUrls.Redact(request.RequestUri!));
        });
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("nrwbot"))
            .WithTracing(tracing => tracing
                .AddSource(NrwTelemetry.Name)
                // Server spans only for the bot's API (not health probes, scrapes or whatever else reaches the host).
                .AddAspNetCoreInstrumentation(aspnet => aspnet.Filter = context => context.Request.Path.StartsWithSegments("/api"))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(NrwTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (options.Prometheus) metrics.AddPrometheusExporter();
            });
        if (options.OtlpEndpoint is not null) telemetry.UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf, new Uri(options.OtlpEndpoint));
        else if (NullIfEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]) is not null) telemetry.UseOtlpExporter();   // protocol etc. from the OTEL_* variables
        if (options.AzureMonitorConnectionString is not null)
            telemetry.UseAzureMonitor(azure => azure.ConnectionString = options.AzureMonitorConnectionString);
        return builder;
    }

    /// <summary>GET /metrics (Prometheus text format) when Telemetry:Prometheus is true; the request gauge starts observing.</summary>
    public static WebApplication MapNrwBotTelemetry(this WebApplication app)
    {
        app.Services.GetService<DatabaseGauges>()?.Register();
        if (Read(app.Configuration).Prometheus) app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }

    private static TelemetryOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        options.OtlpEndpoint = NullIfEmpty(options.OtlpEndpoint);
        options.Enabled |= NullIfEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]) is not null;
        options.AzureMonitorConnectionString = NullIfEmpty(options.AzureMonitorConnectionString) ?? NullIfEmpty(configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        return options;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
