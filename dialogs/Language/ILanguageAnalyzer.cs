namespace NrwBot.Dialogs.Language;

/// <summary>
/// What NrwBot needs to know about a request text: its language, the personal data in it (and the text without
/// it), its key phrases and the NRW places it names. Implemented offline and by the Azure AI Language service.
/// </summary>
public interface ILanguageAnalyzer
{
    Task<LanguageAnalysis> AnalyzeAsync(string text, CancellationToken cancellationToken);
}
