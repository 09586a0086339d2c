using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Language;
using NrwBot.Host.Language;

namespace NrwBot.Tests.Language;

public class AzureLanguageAnalyzerTests
{
    private const string Text = "Anna Schmidt aus Düren braucht Hilfe bei der Bestandsanalyse, Tel. 02421 22-1234.";
    private const int MaxRetries = 2;

    private static ServiceAnswer Success(ReceivedCall call) => call.Kind switch
    {
        "LanguageDetection" => AnalyzeTextAnswers.LanguageDetection("de", "German", 0.97),
        "PiiEntityRecognition" => AnalyzeTextAnswers.Pii(call.Text, ("Person", "Anna Schmidt"), ("PhoneNumber", "02421 22-1234")),
        "KeyPhraseExtraction" => AnalyzeTextAnswers.KeyPhrases("Anna Schmidt", "Bestandsanalyse", "Hilfe"),
        "EntityRecognition" => AnalyzeTextAnswers.Entities(call.Text, ("Person", "Anna Schmidt"), ("Location", "Düren")),
        _ => AnalyzeTextAnswers.RequestError(400, "InvalidRequest", "Unknown kind", "InvalidParameterValue"),
    };

    private static ServiceAnswer ServerError(ReceivedCall call, int attempt) =>
        AnalyzeTextAnswers.RequestError(500, "InternalServerError", "Internal error.", "InternalServerError");

    private static ServiceProvider Services(LoopbackLanguageService service, int circuitBreakerMinimumCalls = 100) => new ServiceCollection()
        .AddLogging()
        .AddNrwBotLanguageAnalysis(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TextAnalytics:Endpoint"] = service.BaseUrl,
            ["TextAnalytics:Key"] = "test-key",
            ["TextAnalytics:MaxRetries"] = MaxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["TextAnalytics:RetryDelay"] = "00:00:00.001",
            ["TextAnalytics:CircuitBreakerMinimumCalls"] = circuitBreakerMinimumCalls.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build())
        .BuildServiceProvider();

    private static async Task<LanguageAnalysis> AnalyzeAsync(LoopbackLanguageService service, string text = Text)
    {
        await using var services = Services(service);
        return await services.GetRequiredService<ILanguageAnalyzer>().AnalyzeAsync(text, CancellationToken.None);
    }

    [Fact]
    public async Task Requests_follow_the_documented_api()
    {
        await using var service = await LoopbackLanguageService.StartAsync((call, _) => Success(call));

        await AnalyzeAsync(service);

        Assert.Equal(["EntityRecognition", "KeyPhraseExtraction", "LanguageDetection", "PiiEntityRecognition"], service.Calls.Select(call => call.Kind).Order());
        Assert.All(service.Calls, call =>
        {
            Assert.Equal(("POST", "/language/:analyze-text", "2023-04-01", "test-key"), (call.Method, call.Path, call.ApiVersion, call.Key));
            Assert.Equal(Text, call.Text);
            Assert.True(call.Parameters?["loggingOptOut"]?.GetValue<bool>());
        });
        var pii = service.Calls.Single(call => call.Kind == "PiiEntityRecognition");
        Assert.Equal("de", pii.Language);
        Assert.Equal("Utf16CodeUnit", pii.Parameters?["stringIndexType"]?.GetValue<string>());
        Assert.Contains("InternationalBankingAccountNumber", pii.Parameters?["piiCategories"]?.AsArray().Select(node => node?.GetValue<string>()) ?? []);
    }

    [Fact]
    public async Task Service_results_are_used_and_merged_with_the_offline_patterns()
    {
        await using var service = await LoopbackLanguageService.StartAsync((call, _) => Success(call));

        var analysis = await AnalyzeAsync(service);

        Assert.Equal(AnalysisSource.Azure, analysis.Source);
        Assert.Equal((LanguageCodes.German, 0.97), (analysis.Language, analysis.LanguageConfidence));
        // "Anna Schmidt" has no title, so only the service finds it; the phone number both find.
        Assert.Equal("[Name] aus Düren braucht Hilfe bei der Bestandsanalyse, Tel. [Telefon].", analysis.RedactedText);
        Assert.Equal(["Bestandsanalyse", "Hilfe"], analysis.KeyPhrases);
        Assert.Equal("Kreis Düren", Assert.Single(analysis.Places).Region);
    }

    [Fact]
    public async Task Too_many_requests_is_retried_and_then_succeeds()
    {
        await using var service = await LoopbackLanguageService.StartAsync((call, before) =>
            call.Kind == "LanguageDetection" && before == 0
                ? AnalyzeTextAnswers.RequestError(429, "429", "Rate limit is exceeded. Try again in 0 seconds.", "TooManyRequests") with { RetryAfter = "0" }
                : Success(call));

        var analysis = await AnalyzeAsync(service);

        Assert.Equal(AnalysisSource.Azure, analysis.Source);
        Assert.Equal(2, service.CallsOf("LanguageDetection"));
    }

    [Fact]
    public async Task Persistent_server_errors_fall_back_to_offline_analysis_after_the_retries()
    {
        await using var service = await LoopbackLanguageService.StartAsync(ServerError);

        var analysis = await AnalyzeAsync(service);

        Assert.Equal(AnalysisSource.OfflineFallback, analysis.Source);
        Assert.Equal(1 + MaxRetries, service.CallsOf("LanguageDetection"));
        var offline = await new OfflineLanguageAnalyzer(NrwBot.Dialogs.Places.RegionCatalog.Load(TestFiles.Content("places", "nrw-places.json"))).AnalyzeAsync(Text, CancellationToken.None);
        Assert.Equal(offline.RedactedText, analysis.RedactedText);
        Assert.Equal(offline.Places.Select(place => (place.Text, place.Offset, place.Region)), analysis.Places.Select(place => (place.Text, place.Offset, place.Region)));
    }

    [Theory]
    [InlineData(400, "InvalidRequest", "InvalidDocumentBatch")]
    [InlineData(401, "401", "Unauthorized")]
    public async Task Request_errors_are_not_retried_and_fall_back(int status, string code, string innerCode)
    {
        await using var service = await LoopbackLanguageService.StartAsync((_, _) => AnalyzeTextAnswers.RequestError(status, code, "Request rejected.", innerCode));

        var analysis = await AnalyzeAsync(service);

        Assert.Equal(AnalysisSource.OfflineFallback, analysis.Source);
        Assert.Single(service.Calls);
    }

    [Fact]
    public async Task A_document_error_falls_back_and_still_redacts()
    {
        await using var service = await LoopbackLanguageService.StartAsync((call, _) => call.Kind == "PiiEntityRecognition"
            ? AnalyzeTextAnswers.DocumentError("PiiEntityRecognitionResults", "InvalidArgument", "UnsupportedLanguageCode")
            : Success(call));

        var analysis = await AnalyzeAsync(service);

        Assert.Equal(AnalysisSource.OfflineFallback, analysis.Source);
        Assert.Equal(1, service.CallsOf("PiiEntityRecognition"));
        Assert.DoesNotContain("02421", analysis.RedactedText);
    }

    [Fact]
    public async Task A_malformed_answer_falls_back()
    {
        await using var service = await LoopbackLanguageService.StartAsync((_, _) => new ServiceAnswer(200, "{\"unexpected\": true}"));

        Assert.Equal(AnalysisSource.OfflineFallback, (await AnalyzeAsync(service)).Source);
    }

    [Fact]
    public async Task After_repeated_failures_the_circuit_opens_and_the_service_is_skipped()
    {
        await using var service = await LoopbackLanguageService.StartAsync(ServerError);
        await using var services = Services(service, circuitBreakerMinimumCalls: 2 * (1 + MaxRetries));
        var analyzer = services.GetRequiredService<ILanguageAnalyzer>();

        await analyzer.AnalyzeAsync(Text, CancellationToken.None);
        await analyzer.AnalyzeAsync(Text, CancellationToken.None);
        var callsBefore = service.Calls.Count;
        var third = await analyzer.AnalyzeAsync(Text, CancellationToken.None);

        Assert.Equal(2 * (1 + MaxRetries), callsBefore);
        Assert.Equal(callsBefore, service.Calls.Count);
        Assert.Equal(AnalysisSource.OfflineFallback, third.Source);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_a_service_failure()
    {
        await using var service = await LoopbackLanguageService.StartAsync((call, _) => Success(call));
        await using var services = Services(service);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            services.GetRequiredService<ILanguageAnalyzer>().AnalyzeAsync(Text, new CancellationToken(canceled: true)));
    }
}
