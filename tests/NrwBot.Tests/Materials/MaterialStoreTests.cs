using NrwBot.Dialogs.Materials;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Materials;

/// <summary>The count the regional analysis uses, and the Materialbörse's part of „Meine Daten“ / „Meine Daten löschen“.</summary>
public sealed class MaterialStoreTests
{
    [SkippableTheory, MemberData(nameof(MaterialsHost.Providers), MemberType = typeof(MaterialsHost))]
    public async Task Materials_shared_per_region_between_two_dates_count_what_is_still_shared(string provider)
    {
        await using var host = await MaterialsHost.StartAsync(provider);
        var start = host.Host.Clock.GetUtcNow();
        await host.SeedAsync(MaterialsHost.TomKey, "A", MaterialKind.Sonstiges, "Kreis Düren", 2026, "Erstes Material.");
        host.Host.Clock.Advance(TimeSpan.FromDays(1));
        await host.SeedAsync(MaterialsHost.TomKey, "B", MaterialKind.Sonstiges, "Kreis Düren", 2026, "Zweites Material.");
        await host.SeedAsync(MaterialsHost.ErikaKey, "C", MaterialKind.Sonstiges, "Bielefeld", 2026, "Drittes Material.");
        var withdrawn = await host.SeedAsync(MaterialsHost.ErikaKey, "D", MaterialKind.Sonstiges, "Bielefeld", 2026, "Viertes Material.");
        await host.Store.SetWithdrawnAsync(withdrawn.Id, true, host.Host.Clock.GetUtcNow(), CancellationToken.None);
        host.Host.Clock.Advance(TimeSpan.FromDays(10));
        await host.SeedAsync(MaterialsHost.TomKey, "E", MaterialKind.Sonstiges, "Kreis Düren", 2026, "Später geteilt.");

        var all = await host.Store.SharedPerRegionAsync(start, start.AddDays(5), CancellationToken.None);
        var secondDay = await host.Store.SharedPerRegionAsync(start.AddDays(1), start.AddDays(2), CancellationToken.None);

        Assert.Equal([new RegionMaterialCount("Bielefeld", 1), new RegionMaterialCount("Kreis Düren", 2)], all);
        Assert.Equal([new RegionMaterialCount("Bielefeld", 1), new RegionMaterialCount("Kreis Düren", 1)], secondDay);
    }

    [Fact]
    public async Task Meine_Daten_shows_the_users_materials_and_Meine_Daten_loeschen_removes_only_them()
    {
        await using var host = await MaterialsHost.StartAsync();
        var erika = host.Erika();
        await host.ShareAsync(erika, MaterialsHost.Form());
        await host.SeedAsync(MaterialsHost.TomKey, "Toms Material", MaterialKind.Sonstiges, "Kreis Düren", 2026, "Bleibt stehen.");

        var shown = await host.TextAsync(erika, "Meine Daten");
        var mine = await host.TextAsync(erika, "Meine Materialien");
        await host.TurnAsync(erika, "Meine Daten löschen");
        await host.TurnAsync(erika, ActivityAssert.Submit("mydata.delete.confirm"));

        TextAssert.Contains(MaterialsTexts.MyData, shown);
        Assert.Contains("Handlungskonzept Bielefeld 2026", shown);
        Assert.Contains("Handlungskonzept Bielefeld 2026", mine);
        Assert.Empty(await host.Store.OwnedAsync(MaterialsHost.ErikaKey, CancellationToken.None));
        Assert.Single(await host.Store.OwnedAsync(MaterialsHost.TomKey, CancellationToken.None));
    }
}
