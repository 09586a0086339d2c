using Microsoft.Extensions.DependencyInjection.Extensions;
using NrwBot.Dialogs.Requests;
using NrwBot.Dialogs.Requests.Intake;
using NrwBot.Dialogs.Requests.MyData;
using NrwBot.Dialogs.Requests.Queue;
using NrwBot.Dialogs.Lks;
using NrwBot.Host.Lks;

namespace NrwBot.Host.Requests;

public static class RequestsServiceCollectionExtensions
{
    /// <summary>
    /// The requests feature: intake, LKS queue, "Meine Daten", with the EF store, the LKS channel and membership.
    /// The store, the channel, the membership and the question log are added only if none is registered yet,
    /// so the knowledge feature can bring its question log and tests their fakes.
    /// </summary>
    public static IServiceCollection AddNrwBotRequests(this IServiceCollection services)
    {
        services.AddOptions<LksOptions>().BindConfiguration(LksOptions.Section);
        services.AddSingleton<EfRequestStore>();
        services.TryAddSingleton<IRequestStore>(provider => provider.GetRequiredService<EfRequestStore>());
        services.AddSingleton<LksTeamRoster>();
        services.TryAddSingleton<ILksMembership, LksMembership>();
        services.TryAddSingleton<ILksChannel, LksChannelCards>();

        services.AddSingleton<LksCards>();
        services.AddSingleton<RequesterCards>();
        services.AddSingleton<RequestNotifier>();
        services.AddSingleton<RequestDesk>();
        services.AddSingleton<RequestLookup>();
        services.AddSingleton<QueueFilterParser>();
        services.AddSingleton<QueueFeature>();
        services.AddSingleton<QueueActions>();
        services.AddSingleton<IntakeFields>();
        services.AddSingleton<IntakeSubmitter>();
        services.AddSingleton<IntakeFlow>();
        services.AddSingleton<MyDataFeature>();
        services.AddSingleton<RequestsFeatures>();
        return services;
    }
}
