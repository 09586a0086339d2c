using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Results;
using NrwBot.Tests.Language;

namespace NrwBot.Tests.NetworkResults;

/// <summary>Recorded results for the search and analysis tests.</summary>
internal static class ResultsTestData
{
    /// <summary>Stores the seed protocol the way „Speichern“ does.</summary>
    public static async Task StoreSeedAsync(IServiceProvider services) => await StoreAsync(services, File.ReadAllText(TestFiles.Data("workshop-results-nrweltoffen.txt")));

    /// <summary>Stores a protocol the way „Speichern“ does.</summary>
    public static async Task StoreAsync(IServiceProvider services, string protocol)
    {
        var results = services.GetRequiredService<ResultsParser>().Parse(protocol).Results!;
        var categories = services.GetRequiredService<SupportNeedClassifier>().Classify(results).DistinctBy(pair => pair.Item).ToDictionary(pair => pair.Item, pair => pair.Category.Id);
        await services.GetRequiredService<IResultsStore>().SaveAsync(results, categories, CancellationToken.None);
    }
}
