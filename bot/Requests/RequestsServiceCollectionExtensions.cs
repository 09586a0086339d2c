using NrwBot.Dialogs.Requests;
using NrwBot.Dialogs.Requests.Intake;
using NrwBot.Dialogs.Requests.MyData;
using NrwBot.Dialogs.Requests.Queue;
using NrwBot.Dialogs.Requests.Reminders;
using NrwBot.Dialogs.Lks;
using NrwBot.Host.Lks;

namespace NrwBot.Host.Requests;

public static class RequestsServiceCollectionExtensions
{
    /// <summary>
    /// The requests feature: intake, LKS queue, "Meine Daten", with the EF store, the LKS channel and membership.
    /// Tests replace the edges (the LKS channel) by registering their own after this call.
    /// </summary>
    public static IServiceCollection AddNrwBotRequests(this IServiceCollection services)
    {
        services.AddOptions<LksOptions>().BindConfiguration(LksOptions.Section).ValidateOnStart();
        services.AddSingleton<EfRequestStore>();
        services.AddSingleton<IRequestStore>(provider => provider.GetRequiredService<EfRequestStore>());
        services.AddSingleton<LksTeamRoster>();
        services.AddSingleton<ILksMembership, LksMembership>();
        services.AddSingleton<LksChannelCards>();
        services.AddSingleton<NrwBot.Host.Proactive.ITeamChannel, LksTeamChannel>();
        services.AddSingleton<ILksChannel>(provider => provider.GetRequiredService<LksChannelCards>());
        services.AddSingleton<NrwBot.Host.Outbox.IOutboxHandler>(provider => provider.GetRequiredService<LksChannelCards>());

        services.AddOptions<NrwBot.Dialogs.Requests.ServiceLevels.ServiceLevelOptions>().BindConfiguration("ServiceLevels")
            .Validate(options => options.UrgentWorkingDays >= 0 && options.NormalWorkingDays >= 0, "ServiceLevels: die Zielzeiten dürfen nicht negativ sein.")
            .ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<NrwBot.Dialogs.Requests.ServiceLevels.ServiceLevelOptions>>().Value);
        services.AddSingleton<NrwBot.Dialogs.Requests.ServiceLevels.ServiceLevels>();
        services.AddSingleton<ILksAbsenceStore, EfLksAbsenceStore>();
        services.AddSingleton<LksAbsences>();
        services.AddOptions<RequestReminderOptions>().BindConfiguration("ServiceLevels");
        services.AddSingleton(provider => provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<RequestReminderOptions>>().Value);
        services.AddSingleton<IRequestReminderClaims, EfRequestReminderClaims>();
        services.AddSingleton<RequestReminders>();
        services.AddHostedService<RequestReminderWorker>();
        services.AddSingleton<HolderProposal>();
        services.AddSingleton<LksCards>();
        services.AddSingleton<RequesterCards>();
        services.AddSingleton<RequestNotifier>();
        services.AddSingleton<RequestDesk>();
        services.AddSingleton<RequestLookup>();
        services.AddSingleton<QueueFilterParser>();
        services.AddSingleton<QueueFeature>();
        services.AddSingleton<QueueActions>();
        services.AddSingleton<RequesterActions>();
        services.AddSingleton<LksGuard>();
        services.AddSingleton<IntakeFields>();
        services.AddSingleton<IntakeSubmitter>();
        services.AddSingleton<IntakeFlow>();
        services.AddSingleton<MyDataFeature>();
        services.AddSingleton<NrwBot.Dialogs.Requests.Absence.AbsenceFeature>();
        services.AddSingleton<NrwBot.Dialogs.Privacy.IPersonalDataSection, NrwBot.Dialogs.Requests.Absence.AbsencePersonalData>();
        services.AddSingleton<RequestsFeatures>();
        return services;
    }
}
