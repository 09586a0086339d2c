using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Requests.Categories;
using NrwBot.Dialogs.Language;
using Polly;
using NrwBot.Host.Hosting;

namespace NrwBot.Host.Language;

public static class LanguageAnalysisServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ILanguageAnalyzer"/> — the Azure AI Language client when "TextAnalytics:Endpoint" and
    /// "TextAnalytics:Key" are set, the offline analyzer otherwise — and the category classifier. The category
    /// catalog is loaded from the content folder; the places come from <c>AddNrwBotPlaces</c>.
    /// </summary>
    public static IServiceCollection AddNrwBotLanguageAnalysis(this IServiceCollection services, string? contentRoot = null)
    {
        services.AddOptions<TextAnalyticsOptions>().BindConfiguration(TextAnalyticsOptions.Section).ValidateOnStart();
        services.AddSingleton(_ => CategoryCatalog.Load(ContentPaths.Resolve(contentRoot ?? AppContext.BaseDirectory, "requests", "categories.yml")));
        services.AddSingleton<CategoryClassifier>();
        services.AddSingleton<OfflineLanguageAnalyzer>();
        services.AddHttpClient(AzureLanguageClient.HttpClientName, (provider, http) => ConfigureClient(http, provider.GetRequiredService<IOptions<TextAnalyticsOptions>>().Value))
            .AddResilienceHandler(AzureLanguageClient.HttpClientName, (pipeline, context) => ConfigureResilience(pipeline, context.ServiceProvider.GetRequiredService<IOptions<TextAnalyticsOptions>>().Value));
        // One singleton either way: the Azure analyzer asks the factory for an HttpClient on every analysis, so handler
        // rotation stays intact and every consumer (intake, digest) can hold the analyzer for the application's lifetime.
        services.AddSingleton<ILanguageAnalyzer>(provider => provider.GetRequiredService<IOptions<TextAnalyticsOptions>>().Value.IsConfigured
            ? ActivatorUtilities.CreateInstance<AzureLanguageAnalyzer>(provider)
            : provider.GetRequiredService<OfflineLanguageAnalyzer>());
        return services;
    }

    private static void ConfigureClient(HttpClient http, TextAnalyticsOptions options)
    {
        http.BaseAddress = new Uri(options.Endpoint!.TrimEnd('/') + "/");
        http.DefaultRequestHeaders.Add(AzureLanguageClient.KeyHeader, options.Key);
    }

    // Retry outside the circuit breaker, as in the standard pipeline: retries count towards opening the circuit,
    // and an open circuit ends the retries at once (BrokenCircuitException is not transient), so the analyzer
    // falls back to offline analysis without waiting.
    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, TextAnalyticsOptions options)
    {
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
            });
        }
        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = options.CircuitBreakerMinimumCalls,
            SamplingDuration = TimeSpan.FromMinutes(1),
            BreakDuration = TimeSpan.FromMinutes(1),
        });
        pipeline.AddTimeout(options.AttemptTimeout);
    }
}
