using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.Requests.Categories;
using NrwBot.Dialogs.Language;
using Polly;
using NrwBot.Host.Hosting;

namespace NrwBot.Host.Language;

public static class LanguageAnalysisServiceCollectionExtensions
{
    private const string HttpClientName = "azure-language";

    /// <summary>
    /// Registers <see cref="ILanguageAnalyzer"/> — the Azure AI Language client when "TextAnalytics:Endpoint" and
    /// "TextAnalytics:Key" are set, the offline analyzer otherwise — and the category classifier. The region
    /// directory and the category catalog are loaded from the content folder unless registered before.
    /// </summary>
    public static IServiceCollection AddNrwBotLanguageAnalysis(this IServiceCollection services, IConfiguration configuration, string? contentRoot = null)
    {
        var section = configuration.GetSection(TextAnalyticsOptions.Section);
        services.Configure<TextAnalyticsOptions>(section);
        services.TryAddSingleton<IRegionDirectory>(_ => RegionCatalog.Load(ContentPaths.Resolve(contentRoot ?? AppContext.BaseDirectory, "places", "nrw-places.json")));
        services.TryAddSingleton(_ => CategoryCatalog.Load(ContentPaths.Resolve(contentRoot ?? AppContext.BaseDirectory, "requests", "categories.yml")));
        services.TryAddSingleton<CategoryClassifier>();
        services.TryAddSingleton<OfflineLanguageAnalyzer>();

        var options = section.Get<TextAnalyticsOptions>() ?? new TextAnalyticsOptions();
        if (!options.IsConfigured)
        {
            services.AddSingleton<ILanguageAnalyzer>(provider => provider.GetRequiredService<OfflineLanguageAnalyzer>());
            return services;
        }
        services.AddHttpClient<AzureLanguageClient>(HttpClientName, (provider, http) => ConfigureClient(http, provider.GetRequiredService<IOptions<TextAnalyticsOptions>>().Value))
            .AddResilienceHandler(HttpClientName, (pipeline, context) => ConfigureResilience(pipeline, context.ServiceProvider.GetRequiredService<IOptions<TextAnalyticsOptions>>().Value));
        // Transient, so each analyzer gets a fresh HttpClient from the factory (handler rotation stays intact).
        services.AddTransient<ILanguageAnalyzer, AzureLanguageAnalyzer>();
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
