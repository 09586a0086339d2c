using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Knowledge;

namespace NrwBot.Host.Digest;

/// <summary>
/// The digest: its data source over the database, the chat command, the export, the schedule and its delivery.
/// The request and onboarding facts are empty until their features register their own implementations (before or
/// after this call: TryAdd here, and a later registration wins).
/// </summary>
public static class DigestServices
{
    public static IServiceCollection AddNrwBotDigest(this IServiceCollection services)
    {
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.SectionName)
            .Validate(options => DigestSchedule.TryCreate(options, out _, out _), "Digest:Cron oder Digest:TimeZone ist ungültig (Beispiel: \"0 8 * * MON\", \"Europe/Berlin\").")
            .ValidateOnStart();
        services.TryAddSingleton<IDigestRequestFacts, NrwBot.Host.Requests.RequestDigestFacts>();
        services.TryAddSingleton<IDigestOnboardingFacts, NrwBot.Host.Onboarding.OnboardingDigestFacts>();
        services.AddSingleton<IDigestDataSource, DatabaseDigestDataSource>();
        services.AddSingleton(provider => new DigestService(
            provider.GetRequiredService<IDigestDataSource>(),
            new ResolvingLanguageAnalyzer(provider),
            provider.GetRequiredService<IKnowledgeSource>(),
            DigestSchedule.From(provider.GetRequiredService<IOptions<DigestOptions>>().Value).Zone));
        services.AddSingleton<DigestFeature>();
        services.AddSingleton<DigestExport>();

        services.TryAddSingleton<IDigestMailer, SmtpDigestMailer>();
        services.AddSingleton<DigestDelivery>();
        services.AddSingleton<DigestClaims>();
        services.AddSingleton<DigestStatus>();
        services.AddSingleton<DigestDispatcher>();
        services.AddHostedService<DigestScheduler>();
        return services;
    }
}
