using NrwBot.Dialogs.Language;

namespace NrwBot.Host.Digest;

/// <summary>
/// Asks the container for the analyzer on every call: the Azure analyzer is registered transient so each use gets a
/// fresh HttpClient from the factory, which a singleton holding one analyzer would defeat.
/// </summary>
public sealed class ResolvingLanguageAnalyzer(IServiceProvider services) : ILanguageAnalyzer
{
    public Task<LanguageAnalysis> AnalyzeAsync(string text, CancellationToken cancellationToken) =>
        services.GetRequiredService<ILanguageAnalyzer>().AnalyzeAsync(text, cancellationToken);
}
