using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Language;

namespace NrwBot.Host.Digest;

/// <summary>
/// The digest: its data source over the database, the chat command, the export, the schedule and its delivery.
/// Registered once here; tests replace the edges (mailer, facts) after this call.
/// </summary>
public static class DigestServices
{
    public static IServiceCollection AddNrwBotDigest(this IServiceCollection services)
    {
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.SectionName)
            .Validate(options => DigestSchedule.TryCreate(options, out _, out _), "Digest:Cron oder Digest:TimeZone ist ungültig (Beispiel: \"0 8 * * MON\", \"Europe/Berlin\").")
            .ValidateOnStart();
        services.AddSingleton<IDigestRequestFacts, NrwBot.Host.Requests.RequestDigestFacts>();
        services.AddSingleton<IDigestOnboardingFacts, NrwBot.Host.Onboarding.OnboardingDigestFacts>();
        services.AddSingleton<IDigestDataSource, DatabaseDigestDataSource>();
        services.AddSingleton(provider => new DigestService(
            provider.GetRequiredService<IDigestDataSource>(),
            provider.GetRequiredService<ILanguageAnalyzer>(),
            provider.GetRequiredService<IKnowledgeSource>(),
            DigestSchedule.From(provider.GetRequiredService<IOptions<DigestOptions>>().Value).Zone,
            provider.GetRequiredService<NrwBot.Dialogs.Analysis.RegionalAnalysis>()));
        services.AddSingleton<DigestFeature>();
        services.AddSingleton<DigestExport>();

        services.AddSingleton<IDigestMailer, SmtpDigestMailer>();
        services.AddSingleton<DigestDelivery>();
        services.AddSingleton<DigestClaims>();
        services.AddSingleton<DigestStatus>();
        services.AddSingleton<DigestDispatcher>();
        services.AddHostedService<DigestScheduler>();
        return services;
    }
}
