using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Onboarding;
using NrwBot.Host.Hosting;

namespace NrwBot.Host.Onboarding;

/// <summary>Registers the onboarding: content, store, peer accounts, the feature and the reminder worker.</summary>
public static class OnboardingServices
{
    public static IServiceCollection AddNrwBotOnboarding(this IServiceCollection services, string contentRoot)
    {
        services.AddOptions<OnboardingOptions>().BindConfiguration("Onboarding")
            .Validate(options => options.ReminderAfterDays >= 1 && options.ReminderMinimumIntervalDays >= 1 && options.StuckAfterDays >= 1,
                "Onboarding: ReminderAfterDays, ReminderMinimumIntervalDays und StuckAfterDays müssen mindestens 1 sein.")
            .Validate(options => options.WorkdayStartHour is >= 0 and < 24 && options.WorkdayEndHour > options.WorkdayStartHour && options.WorkdayEndHour <= 24,
                "Onboarding: WorkdayStartHour muss vor WorkdayEndHour liegen (0–24).")
            .Validate(options => TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _), "Onboarding: TimeZone ist unbekannt.")
            .ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<OnboardingOptions>>().Value);
        services.AddSingleton<IArticleTitles, KnowledgeArticleTitles>();
        services.AddSingleton(provider =>
        {
            var articles = provider.GetRequiredService<IArticleTitles>().Ids;
            return OnboardingPath.Load(ContentPaths.Resolve(contentRoot, "onboarding"), articles.Count > 0 ? articles : null);
        });
        services.AddSingleton<IOnboardingStore, EfOnboardingStore>();
        services.AddSingleton<EfPeerAccounts>();
        services.AddSingleton<IPeerAccounts>(provider => provider.GetRequiredService<EfPeerAccounts>());
        services.AddSingleton<OnboardingContacts>();
        services.AddSingleton<OnboardingCards>();
        services.AddSingleton<PeerIntroduction>();
        services.AddSingleton<ReminderPolicy>();
        services.AddSingleton<OnboardingReminders>();
        services.AddSingleton<OnboardingFeature>();
        services.AddHostedService<OnboardingReminderWorker>();
        return services;
    }
}
