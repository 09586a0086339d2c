using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Materials;
using NrwBot.Dialogs.Privacy;
using Polly;

namespace NrwBot.Host.Materials;

/// <summary>Registers the Materialbörse: store, feature, the personal-data section, and the link check with its HTTP client.</summary>
public static class MaterialsServices
{
    public static IServiceCollection AddNrwBotMaterials(this IServiceCollection services)
    {
        services.AddOptions<MaterialsOptions>().BindConfiguration("Materials")
            .Validate(options => options.LinkChecksPerMinute is >= 1 and <= 600, "Materials: LinkChecksPerMinute muss zwischen 1 und 600 liegen.")
            .Validate(options => options.LinkTimeout > TimeSpan.Zero && options.LinkTimeout <= TimeSpan.FromMinutes(1), "Materials: LinkTimeout muss zwischen 0 und 1 Minute liegen.")
            .ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<MaterialsOptions>>().Value);
        services.AddSingleton<IMaterialStore, EfMaterialStore>();
        services.AddSingleton<IMaterialContacts, EfMaterialContacts>();
        services.AddSingleton<MaterialTopics>();
        services.AddSingleton<MaterialAccess>();
        services.AddSingleton<MaterialCards>();
        services.AddSingleton<MaterialFields>();
        services.AddSingleton<MaterialSubmitter>();
        services.AddSingleton<MaterialFlow>();
        services.AddSingleton<MaterialSearch>();
        services.AddSingleton<SimilarConcepts>();
        services.TryAddSingleton<NrwBot.Dialogs.Contacts.ContactCards>();
        services.AddSingleton<MaterialsFeature>();
        services.AddSingleton<IPersonalDataSection, MaterialsPersonalData>();
        // Outbound calls to other people's servers: no redirects followed blindly into loops, short time-outs,
        // and a circuit breaker so a dead host does not slow every round (as the Language client's pipeline).
        services.AddHttpClient(HttpLinkProbe.HttpClientName, http => http.DefaultRequestHeaders.UserAgent.ParseAdd("NrwBot-LinkCheck/1.0"))
            .AddResilienceHandler(HttpLinkProbe.HttpClientName, (pipeline, context) =>
                ConfigureResilience(pipeline, context.ServiceProvider.GetRequiredService<MaterialsOptions>()));
        services.AddSingleton<ILinkProbe, HttpLinkProbe>();
        services.AddSingleton<MaterialLinkCheck>();
        services.AddHostedService<MaterialLinkCheckWorker>();
        return services;
    }

    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, MaterialsOptions options)
    {
        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = 0.9,
            MinimumThroughput = 20,
            SamplingDuration = TimeSpan.FromMinutes(2),
            BreakDuration = TimeSpan.FromMinutes(1),
        });
        pipeline.AddTimeout(options.LinkTimeout);
    }
}
