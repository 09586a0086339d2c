namespace NrwBot.Dialogs.Language;

/// <summary>
/// The result of analysing one text. <see cref="Language"/> is one of <see cref="LanguageCodes"/>;
/// <see cref="RedactedText"/> is the text with every entity of <see cref="Pii"/> replaced by a placeholder.
/// Offsets count UTF-16 code units of the analysed text, so they index a .NET string directly.
/// </summary>
public sealed record LanguageAnalysis(
    string Language,
    double LanguageConfidence,
    IReadOnlyList<PiiEntity> Pii,
    string RedactedText,
    IReadOnlyList<string> KeyPhrases,
    IReadOnlyList<PlaceMention> Places,
    AnalysisSource Source);
