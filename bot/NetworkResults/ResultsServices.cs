using NrwBot.Dialogs.Results;

namespace NrwBot.Host.NetworkResults;

/// <summary>The Ergebnissicherung: parser, classification, the store in the database and the chat features.</summary>
public static class ResultsServices
{
    public static IServiceCollection AddNrwBotResults(this IServiceCollection services)
    {
        services.AddSingleton<EfResultsStore>();
        services.AddSingleton<IResultsStore>(provider => provider.GetRequiredService<EfResultsStore>());
        services.AddSingleton<ResultsParser>();
        services.AddSingleton<SupportNeedClassifier>();
        services.AddSingleton<ResultsCapture>();
        services.AddSingleton<ResultsSearch>();
        services.AddSingleton<ResultsSearchFeature>();
        services.AddSingleton<ResultsFeatures>();
        return services;
    }
}
