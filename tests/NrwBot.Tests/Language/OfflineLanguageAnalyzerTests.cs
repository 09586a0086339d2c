using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.Language;

namespace NrwBot.Tests.Language;

public class OfflineLanguageAnalyzerTests
{
    private static readonly OfflineLanguageAnalyzer Analyzer = new(RegionCatalog.Load(TestFiles.Content("places", "nrw-places.json")));

    [Fact]
    public async Task One_call_gives_language_personal_data_key_phrases_and_places()
    {
        const string text = "Frau Yilmaz aus dem Kreis Euskirchen sucht eine Referentin zu Antisemitismus, Rückruf unter 02251 15-432.";

        var analysis = await Analyzer.AnalyzeAsync(text, CancellationToken.None);

        Assert.Equal(LanguageCodes.German, analysis.Language);
        Assert.Equal([PiiCategory.Person, PiiCategory.Phone], analysis.Pii.Select(entity => entity.Category));
        Assert.Equal("Frau [Name] aus dem Kreis Euskirchen sucht eine Referentin zu Antisemitismus, Rückruf unter [Telefon].", analysis.RedactedText);
        Assert.Equal("Kreis Euskirchen", Assert.Single(analysis.Places).Region);
        Assert.Contains("Referentin", analysis.KeyPhrases);
        Assert.DoesNotContain(analysis.KeyPhrases, phrase => phrase.Contains("Yilmaz"));
        Assert.Equal(AnalysisSource.Offline, analysis.Source);
    }

    [Fact]
    public async Task Cancelled_analysis_throws()
    {
        await Assert.ThrowsAsync<OperationCanceledException>(() => Analyzer.AnalyzeAsync("Text", new CancellationToken(canceled: true)));
    }
}
