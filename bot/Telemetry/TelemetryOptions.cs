namespace NrwBot.Host.Telemetry;

/// <summary>
/// Section "Telemetry". Traces and metrics are on when an exporter is configured: OTLP (Telemetry:OtlpEndpoint or
/// the standard OTEL_EXPORTER_OTLP_ENDPOINT), Azure Monitor (APPLICATIONINSIGHTS_CONNECTION_STRING) or Prometheus
/// (Telemetry:Prometheus, GET /metrics). Enabled=true turns them on without an exporter (tests add their own).
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    public bool Enabled { get; set; }
    public string? OtlpEndpoint { get; set; }
    public bool Prometheus { get; set; }
    public string? AzureMonitorConnectionString { get; set; }
}
