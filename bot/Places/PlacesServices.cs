using NrwBot.Dialogs.Places;
using NrwBot.Host.Hosting;

namespace NrwBot.Host.Places;

public static class PlacesServices
{
    /// <summary>
    /// The place gazetteer of NRW, loaded once from the content folder: the region catalog, its directory view, the
    /// finder and the gazetteer. Contacts, intake, the digest and the language analysis all read places through it.
    /// </summary>
    public static IServiceCollection AddNrwBotPlaces(this IServiceCollection services, string? contentRoot = null)
    {
        services.AddSingleton(_ => RegionCatalog.Load(ContentPaths.Resolve(contentRoot ?? AppContext.BaseDirectory, "places", "nrw-places.json")));
        services.AddSingleton<IRegionDirectory>(provider => provider.GetRequiredService<RegionCatalog>());
        services.AddSingleton(provider => provider.GetRequiredService<RegionCatalog>().Finder);
        services.AddSingleton(provider => provider.GetRequiredService<RegionCatalog>().Gazetteer);
        return services;
    }
}
