using NrwBot.Dialogs.Digest;

namespace NrwBot.Dialogs.Analysis;

/// <summary>See <see cref="NoMaterialFigures"/>.</summary>
public sealed class NoNetworkQuestionFigures : INetworkQuestionFigures
{
    public RegionalFigure Figure => RegionalFigure.NetworkQuestions;

    public Task<IReadOnlyList<RegionalFact>> FactsAsync(DigestPeriod period, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<RegionalFact>>([]);
}
