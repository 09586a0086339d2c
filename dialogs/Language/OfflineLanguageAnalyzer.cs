using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Language;

/// <summary>The default analyzer: in-process, no network, deterministic. Good enough for German request texts.</summary>
public sealed class OfflineLanguageAnalyzer(IRegionDirectory regions) : ILanguageAnalyzer
{
    private readonly PlaceRecognizer _places = new(regions);

    public Task<LanguageAnalysis> AnalyzeAsync(string text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Analyze(text, AnalysisSource.Offline));
    }

    public LanguageAnalysis Analyze(string text, AnalysisSource source)
    {
        var language = LanguageDetector.Detect(text);
        var pii = PiiRecognizer.Recognize(text);
        var places = _places.Recognize(text, pii);
        return new LanguageAnalysis(
            language.Code,
            language.Confidence,
            pii,
            PiiRedactor.Redact(text, pii),
            KeyPhraseExtractor.Extract(text, language.Code, pii, places),
            places,
            source);
    }
}
