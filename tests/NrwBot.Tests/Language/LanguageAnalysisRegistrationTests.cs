using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Requests.Categories;
using NrwBot.Dialogs.Language;
using NrwBot.Host.Language;
using NrwBot.Host.Places;

namespace NrwBot.Tests.Language;

public class LanguageAnalysisRegistrationTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings) => new ServiceCollection()
        .AddLogging()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
        .AddNrwBotPlaces()
        .AddNrwBotLanguageAnalysis()
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

    [Fact]
    public void Registration_order_does_not_matter_and_the_places_are_loaded_once()
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["TextAnalytics:Endpoint"] = "https://example.cognitiveservices.azure.com/", ["TextAnalytics:Key"] = "k" }).Build();
        var collection = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(settings).AddNrwBotLanguageAnalysis().AddNrwBotPlaces();
        using var services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        Assert.Single(collection, descriptor => descriptor.ServiceType == typeof(NrwBot.Dialogs.Places.RegionCatalog));
        Assert.Single(collection, descriptor => descriptor.ServiceType == typeof(ILanguageAnalyzer));
        // One analyzer for the application's lifetime: intake and digest hold it without capturing a transient.
        Assert.Same(services.GetRequiredService<ILanguageAnalyzer>(), services.GetRequiredService<ILanguageAnalyzer>());
        Assert.IsType<AzureLanguageAnalyzer>(services.GetRequiredService<ILanguageAnalyzer>());
    }
}
