using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Materials;

namespace NrwBot.Dialogs.Analysis;

/// <summary>The materials shared in the period and still shared, by kind, in the Kreis or Stadt they were shared for.</summary>
public sealed class MaterialFigures(IMaterialStore materials) : IMaterialFigures
{
    public RegionalFigure Figure => RegionalFigure.MaterialsShared;

    public async Task<IReadOnlyList<RegionalFact>> FactsAsync(DigestPeriod period, CancellationToken cancellationToken) =>
        (await materials.ActiveAsync(cancellationToken))
            .Where(material => material.SharedAt >= period.Start && material.SharedAt < period.End)
            .Select(material => new RegionalFact(material.Region, MaterialKinds.Title(material.Kind).German))
            .ToList();
}
