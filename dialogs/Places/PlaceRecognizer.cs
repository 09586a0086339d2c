using NrwBot.Dialogs.Language;

namespace NrwBot.Dialogs.Places;

/// <summary>
/// Every NRW place a longer text names, as the language analysis reports them (regions, Gemeinde, offsets): a view
/// over <see cref="PlaceFinder.FindAll"/> in the <see cref="PlaceReading.Document"/> reading, so the analysis and the
/// chat features share one matching core and one list of place names that are also everyday words. Registration
/// codes are not read from free text: "HF" is Handlungsfeld far more often than Herford, and "E", "D", "K" are everywhere.
/// </summary>
public sealed class PlaceRecognizer(RegionCatalog catalog)
{
    public IReadOnlyList<PlaceMention> Recognize(string text, IReadOnlyList<PiiEntity> pii) => catalog.Finder
        .FindAll(text, PlaceReading.Document, pii.Select(entity => (entity.Offset, entity.Length)).ToList())
        .Select(match => Mention(text, match))
        .ToList();

    private PlaceMention Mention(string text, PlaceMatch match)
    {
        var gemeinde = match.Place is { Kind: PlaceKind.Gemeinde } place ? place.Name : null;
        var regions = catalog.RegionsOf(match).Select(region => region.Name).ToList();
        return new PlaceMention(text.Substring(match.Offset, match.Length), match.Offset, match.Length, regions, gemeinde);
    }
}
