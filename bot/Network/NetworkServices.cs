using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Network;
using NrwBot.Dialogs.Privacy;
using NrwBot.Host.Outbox;

namespace NrwBot.Host.Network;

/// <summary>Registers „Frag das Netzwerk“: options, store, the channel cards and outbox handler, the features and the escalation worker.</summary>
public static class NetworkServices
{
    public static IServiceCollection AddNrwBotNetwork(this IServiceCollection services)
    {
        services.AddOptions<NetworkOptions>().BindConfiguration(NetworkOptions.Section)
            .Validate(options => options.MaxPersonalRecipients >= 0 && options.MaxQuestionsPerDay >= 1 && options.MaxAnswersPerDay >= 1 && options.EscalateAfterWorkingDays >= 0,
                "Network: MaxQuestionsPerDay und MaxAnswersPerDay müssen mindestens 1 sein, MaxPersonalRecipients und EscalateAfterWorkingDays dürfen nicht negativ sein.")
            .ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<NetworkOptions>>().Value);
        services.AddSingleton<EfNetworkStore>();
        services.AddSingleton<INetworkStore>(provider => provider.GetRequiredService<EfNetworkStore>());
        services.AddSingleton<NetworkChannelCards>();
        services.AddSingleton<INetworkOutbound>(provider => provider.GetRequiredService<NetworkChannelCards>());
        services.AddSingleton<IOutboxHandler>(provider => provider.GetRequiredService<NetworkChannelCards>());
        services.AddSingleton<IOutboxHandler, NetworkPersonalCopies>();
        services.AddSingleton<NrwBot.Host.Proactive.ITeamChannel, NetworkTeamChannel>();
        services.AddSingleton<NetworkRecipients>();
        services.AddSingleton<NetworkAsking>();
        services.AddSingleton<NetworkAnswering>();
        services.AddSingleton<NetworkModeration>();
        services.AddSingleton<NetworkOptIn>();
        services.AddSingleton<NetworkEscalation>();
        services.AddSingleton<NetworkFeatures>();
        services.AddSingleton<NetworkSearch>();
        services.AddSingleton<IQuestionSupplement>(provider => provider.GetRequiredService<NetworkSearch>());
        services.AddSingleton<IPersonalDataSection, NetworkPersonalData>();
        services.AddHostedService<NetworkEscalationWorker>();
        return services;
    }
}
