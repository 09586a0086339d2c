using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Help;
using NrwBot.Dialogs.Onboarding;
using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.Profile;
using NrwBot.Dialogs.Routing;
using NrwBot.Host.Adapter;
using NrwBot.Host.Analysis;
using NrwBot.Host.Bot;
using NrwBot.Host.Calendar;
using NrwBot.Host.Data;
using NrwBot.Host.Digest;
using NrwBot.Host.Knowledge;
using NrwBot.Host.Language;
using NrwBot.Host.NetworkResults;
using NrwBot.Host.Onboarding;
using NrwBot.Host.Outbox;
using NrwBot.Host.Network;
using NrwBot.Host.Places;
using NrwBot.Host.Pool;
using NrwBot.Host.Proactive;
using NrwBot.Host.Requests;
using NrwBot.Host.Hosting.Health;
using NrwBot.Host.Telemetry;
using NrwBot.Dialogs.Lks;

namespace NrwBot.Host.Hosting;

/// <summary>The composition root: everything NrwBot needs, registered in one call.</summary>
public static class NrwBotServices
{
    public static WebApplicationBuilder AddNrwBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotOptions>().BindConfiguration("Bot").ValidateOnStart();
        // The Bot Framework's keys live at the configuration root ("" = root); whether they are complete is decided
        // by HasRequiredCredentials with one clear log line, not by an options validator's exception.
        services.AddOptions<BotCredentialsOptions>().BindConfiguration(BotCredentialsOptions.Section).ValidateOnStart();
        // Tests replace the clock after AddNrwBot, like every other replacement.
        services.AddSingleton(TimeProvider.System);
        builder.AddNrwBotDatabase();
        builder.AddNrwBotTelemetry();
        services.AddNrwBotHealthChecks();

        services.AddSingleton<DatabaseStorage>();
        services.AddSingleton<IStorage>(provider => provider.GetRequiredService<DatabaseStorage>());
        services.AddSingleton<GroupCommit>();
        services.AddSingleton<ActivityClaims>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<PrivateConversationState>();
        services.AddSingleton<UserState>();

        // The HTTP client factory matters: without one the SDK makes a new HttpClient, and with it a new
        // connection to the channel, for every turn (and a second one for the token client).
        services.AddHttpClient();
        services.AddSingleton<BotFrameworkAuthentication>(provider => new WarmSerializerAuthentication(
            new ConfigurationBotFrameworkAuthentication(builder.Configuration,
                httpClientFactory: provider.GetRequiredService<IHttpClientFactory>(),
                logger: provider.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
            new ConnectorClientCache(provider.GetRequiredService<TimeProvider>())));
        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton<NrwCloudAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(provider => provider.GetRequiredService<NrwCloudAdapter>());
        services.AddSingleton<IBot, NrwTeamsBot>();
        services.AddSingleton<MessagesEndpoint>();

        services.AddSingleton<ConversationStore>();
        services.AddSingleton<ProactiveMessenger>();
        services.AddNrwBotOutbox();
        services.AddSingleton<IProactiveSender>(provider => provider.GetRequiredService<OutboxSender>());

        // Each feature registers its own services once; the order of these calls does not matter.
        services.AddNrwBotPlaces(builder.Environment.ContentRootPath);
        services.AddNrwBotFeatures(builder.Environment.ContentRootPath);
        services.AddNrwBotLanguageAnalysis(builder.Environment.ContentRootPath);
        services.AddNrwBotKnowledge(builder.Environment.ContentRootPath);
        services.AddNrwBotRequests();
        services.AddNrwBotDigest();
        services.AddNrwBotResults();
        services.AddNrwBotAnalysis();
        services.AddNrwBotCalendar(builder.Environment.ContentRootPath);
        NrwBot.Host.Materials.MaterialsServices.AddNrwBotMaterials(services);
        services.AddNrwBotPool();
        services.AddNrwBotNetwork();
        return builder;
    }

    /// <summary>The conversation features and the route table that connects them.</summary>
    private static void AddNrwBotFeatures(this IServiceCollection services, string contentRoot)
    {
        services.AddSingleton(provider => ContactDirectory.Load(
            ContentPaths.Resolve(contentRoot, "contacts", "contacts.yml"), provider.GetRequiredService<IRegionDirectory>()));
        services.AddSingleton<ContactRequestReader>();
        services.AddSingleton<ContactsFeature>();
        services.AddSingleton<ILksContacts, LksContacts>();
        services.AddNrwBotOnboarding(contentRoot);
        services.AddSingleton<IProfileFollowUp, OnboardingOffer>();
        services.AddSingleton<NrwBot.Dialogs.Privacy.IPersonalDataSection, OnboardingPersonalData>();
        services.AddSingleton<NrwBot.Dialogs.Privacy.IPersonalDataSection, NrwBot.Host.Proactive.ConversationPersonalData>();

        services.AddSingleton(new AvailableCapabilities(new HashSet<Capability> { Capability.Knowledge, Capability.Contacts, Capability.Requests, Capability.Digest, Capability.Onboarding, Capability.Calendar, Capability.Pool, Capability.Network, Capability.Results, Capability.Materials }));
        services.AddSingleton<HelpFeature>();
        services.AddSingleton<ProfileFlow>();
        services.AddSingleton<RouteTable>();
        services.AddSingleton<CoreCommands>();
        services.AddSingleton<NrwFeatures>();
        services.AddSingleton(provider => new TurnRouter(
            NrwRoutes.Build(provider.GetRequiredService<RouteTable>(), provider.GetRequiredService<NrwFeatures>()),
            provider.GetRequiredService<ProfileFlow>()));
    }
}
