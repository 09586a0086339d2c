using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Requests.Categories;
using NrwBot.Dialogs.Language;
using NrwBot.Host.Language;

namespace NrwBot.Tests.Language;

public class LanguageAnalysisRegistrationTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings) => new ServiceCollection()
        .AddLogging()
        .AddNrwBotLanguageAnalysis(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
        .BuildServiceProvider();

    [Fact]
    public void Without_endpoint_and_key_the_offline_analyzer_is_used()
    {
        using var services = Services(new() { ["TextAnalytics:Endpoint"] = "https://example.cognitiveservices.azure.com/" });

        Assert.IsType<OfflineLanguageAnalyzer>(services.GetRequiredService<ILanguageAnalyzer>());
        Assert.NotNull(services.GetRequiredService<CategoryClassifier>());
    }

    [Fact]
    public void With_endpoint_and_key_the_azure_client_is_used()
    {
        using var services = Services(new() { ["TextAnalytics:Endpoint"] = "https://example.cognitiveservices.azure.com/", ["TextAnalytics:Key"] = "k" });

        Assert.IsType<AzureLanguageAnalyzer>(services.GetRequiredService<ILanguageAnalyzer>());
    }
}
