using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Network;

namespace NrwBot.Dialogs.Analysis;

/// <summary>
/// The network questions asked in the period and how many of them were answered. A network question keeps only its
/// asker's Regierungsbezirk (so an anonymous asker stays anonymous), never a Kreis or Stadt: these facts count for NRW
/// as a whole, and a region's column shows „–“ like the unanswered knowledge questions.
/// </summary>
public sealed class NetworkQuestionFigures(INetworkStore network) : INetworkQuestionFigures
{
    public RegionalFigure Figure => RegionalFigure.NetworkQuestions;

    public async Task<IReadOnlyList<RegionalFact>> FactsAsync(DigestPeriod period, CancellationToken cancellationToken)
    {
        var facts = new List<RegionalFact>();
        foreach (var count in await network.CountsByRegionAsync(period.Start, period.End, cancellationToken))
        {
            facts.AddRange(Enumerable.Repeat(new RegionalFact(null, AnalysisTexts.NetworkAsked.German), count.Asked));
            facts.AddRange(Enumerable.Repeat(new RegionalFact(null, AnalysisTexts.NetworkAnswered.German), count.Answered));
        }
        return facts;
    }
}
