using NrwBot.Dialogs.Digest;

namespace NrwBot.Dialogs.Analysis;

/// <summary>
/// The sources of features that are not on this branch yet (Materialbörse, network questions): no facts, so their
/// sections show zeros. Their features register real sources for <see cref="IMaterialFigures"/> and
/// <see cref="INetworkQuestionFigures"/> in place of these.
/// </summary>
public sealed class NoMaterialFigures : IMaterialFigures
{
    public RegionalFigure Figure => RegionalFigure.MaterialsShared;

    public Task<IReadOnlyList<RegionalFact>> FactsAsync(DigestPeriod period, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<RegionalFact>>([]);
}
