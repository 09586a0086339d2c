using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Language;

namespace NrwBot.Dialogs.Digest;

/// <summary>
/// Builds a digest the one way the chat, the schedule and the command line share: facts from the data source,
/// numbers from <see cref="DigestBuilder"/>, then every shown text through the redaction.
/// </summary>
public sealed class DigestService(IDigestDataSource source, ILanguageAnalyzer analyzer, IKnowledgeSource? knowledge, TimeZoneInfo zone,
    Analysis.RegionalAnalysis? regional = null)
{
    public TimeZoneInfo Zone => zone;

    public async Task<DigestReport> BuildAsync(DigestQuery query, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var input = await source.LoadAsync(query.Period, cancellationToken);
        DigestReport report;
        // The knowledge base's own analysis (synonyms, compounds) groups questions as the search reads them.
        using (var grouper = QuestionGrouper.For(knowledge?.Current.Base))
            report = new DigestBuilder(grouper).Build(input, query, now);
        report = await new DigestRedactor(analyzer).RedactAsync(report, cancellationToken);
        // The regional section holds counts and category names only: nothing to redact.
        return regional is null ? report : report with { Regional = await regional.ForDigestAsync(query.Period, query.Region, cancellationToken) };
    }
}
