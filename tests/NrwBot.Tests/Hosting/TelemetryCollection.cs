namespace NrwBot.Tests.Hosting;

/// <summary>
/// The bot's ActivitySource and Meter are process-wide: while other tests run turns in parallel, their spans and
/// measurements reach these tests' exporters too (and race with reading them). These tests run on their own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry (process-wide source and meter)";
}
