using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
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
        services.AddSingleton<ResultsEntryFields>();
        services.AddSingleton<ResultsEntryFlow>();
        services.AddSingleton<ResultsCapture>();
        services.AddSingleton<ResultsSearch>();
        services.AddSingleton<ResultsSearchFeature>();
        services.AddSingleton<ResultsFeatures>();
        services.AddOptions<ResultsFileOptions>().BindConfiguration("Results:Files")
            .Validate(options => options.Timeout > TimeSpan.Zero && options.Timeout <= TimeSpan.FromMinutes(1), "Results:Files:Timeout muss zwischen 0 und 1 Minute liegen.")
            .Validate(options => options.MaxBytes is > 0 and <= 1024 * 1024, "Results:Files:MaxBytes muss zwischen 1 und 1048576 liegen.")
            .ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<ResultsFileOptions>>().Value);
        // A file from another server: no redirects (Teams' download address is the file itself), the time-out of the options.
        services.AddHttpClient(HttpProtocolFiles.HttpClientName, http => http.DefaultRequestHeaders.UserAgent.ParseAdd("NrwBot-Results/1.0"))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddResilienceHandler(HttpProtocolFiles.HttpClientName, (pipeline, context) =>
                pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<ResultsFileOptions>().Timeout));
        services.AddSingleton<IProtocolFiles, HttpProtocolFiles>();
        return services;
    }
}
