using NrwBot.Dialogs.Places;

namespace NrwBot.Tests.Places;

/// <summary>The real places file as shipped (read-only, so one loaded copy is shared by the tests).</summary>
internal static class TestPlaces
{
    private static readonly Lazy<RegionCatalog> Loaded = new(() => RegionCatalog.Load(FilePath));

    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "content", "places", "nrw-places.json");

    public static RegionCatalog Catalog => Loaded.Value;

    public static PlaceFinder Finder => Catalog.Finder;
}
