namespace NrwBot.Host.Language;

/// <summary>
/// Configuration section "TextAnalytics": the Azure AI Language resource. When Endpoint and Key are both set, NrwBot
/// analyses request texts with the service; otherwise it stays offline. Keep the key in user secrets or the
/// environment (TextAnalytics__Key), never in appsettings.json.
/// </summary>
public sealed class TextAnalyticsOptions
{
    public const string Section = "TextAnalytics";

    public string? Endpoint { get; set; }

    public string? Key { get; set; }

    /// <summary>Retries after the first attempt on 429, 408 and 5xx answers (the Retry-After header is honoured).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; later ones double, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>After this many failed calls within a minute (and half of them failing), calls skip the service for a minute.</summary>
    public int CircuitBreakerMinimumCalls { get; set; } = 8;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Key);
}
