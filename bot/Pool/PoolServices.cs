using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Pool;
using NrwBot.Dialogs.Privacy;

namespace NrwBot.Host.Pool;

/// <summary>Registers the Kompetenzpool: options, store, feature and form, its place in the peers search, „Meine Daten“, the renewal worker.</summary>
public static class PoolServices
{
    public static IServiceCollection AddNrwBotPool(this IServiceCollection services)
    {
        services.AddOptions<PoolOptions>().BindConfiguration("Pool")
            .Validate(options => options.ConfirmAfterMonths >= 1, "Pool: ConfirmAfterMonths muss mindestens 1 sein.")
            .Validate(options => options.MaxResults is >= 1 and <= 20, "Pool: MaxResults muss zwischen 1 und 20 liegen.")
            .ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<PoolOptions>>().Value);
        services.AddSingleton<ICompetencePoolStore, EfCompetencePoolStore>();
        services.AddSingleton<PoolCards>();
        services.AddSingleton<CompetenceProfileFlow>();
        services.AddSingleton<PoolFeature>();
        services.AddSingleton<IPeerSource, PoolSearch>();
        services.AddSingleton<IPersonalDataSection, PoolPersonalData>();
        services.AddSingleton<PoolRenewal>();
        services.AddHostedService<PoolRenewalWorker>();
        return services;
    }
}
