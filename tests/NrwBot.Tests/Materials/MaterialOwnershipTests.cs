using System.Globalization;
using NrwBot.Dialogs.Materials;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Materials;

/// <summary>Owners and the LKS edit, withdraw and re-share; everyone else is refused, typed or with a forged card.</summary>
public sealed class MaterialOwnershipTests
{
    private static (string, string) Id(Material material) => ("material", material.Id.ToString(CultureInfo.InvariantCulture));

    [SkippableTheory, MemberData(nameof(MaterialsHost.Providers), MemberType = typeof(MaterialsHost))]
    public async Task The_owner_withdraws_and_reshares_and_a_withdrawn_material_is_not_found(string provider)
    {
        await using var host = await MaterialsHost.StartAsync(provider);
        var material = await host.SeedAsync(MaterialsHost.TomKey, "Bedarfsanalyse Kreis Düren", MaterialKind.Bestandsanalyse, "Kreis Düren", 2025, "Interviews mit Schulen.");
        var tom = host.Chat(MaterialsHost.Tom);

        var withdrawn = await host.TextAsync(tom, ActivityAssert.Submit(WithdrawMaterial.Verb, Id(material)));
        var again = await host.TextAsync(tom, $"Material {material.Number} zurückziehen");
        var search = await host.TextAsync(host.Erika(), "Gibt es ein Beispiel für eine Bestandsanalyse?");
        var reshared = await host.TextAsync(tom, ActivityAssert.Submit(ReshareMaterial.Verb, Id(material)));
        var found = await host.TextAsync(host.Erika(), "Gibt es ein Beispiel für eine Bestandsanalyse?");

        TextAssert.Contains(MaterialsTexts.Withdrawn, withdrawn);
        TextAssert.Contains(MaterialsTexts.AlreadyWithdrawn, again);
        TextAssert.Contains(MaterialsTexts.NothingFound, search);
        TextAssert.Contains(MaterialsTexts.Reshared, reshared);
        Assert.Contains("Bedarfsanalyse Kreis Düren", found);
    }

    [Fact]
    public async Task Someone_else_is_refused_typed_and_with_forged_cards_and_nothing_changes()
    {
        await using var host = await MaterialsHost.StartAsync();
        var material = await host.SeedAsync(MaterialsHost.TomKey, "Bedarfsanalyse Kreis Düren", MaterialKind.Bestandsanalyse, "Kreis Düren", 2025, "Interviews mit Schulen.");
        var erika = host.Erika();

        var typed = await host.TextAsync(erika, $"Material {material.Number} zurückziehen");
        var forgedWithdraw = await host.TextAsync(erika, ActivityAssert.Submit(WithdrawMaterial.Verb, Id(material)));
        var forgedEdit = await host.TextAsync(erika, ActivityAssert.Submit(EditMaterial.Verb, Id(material)));
        var damaged = await host.TextAsync(erika, ActivityAssert.Submit(WithdrawMaterial.Verb, ("material", "1; DROP TABLE materials")));

        TextAssert.Contains(MaterialsTexts.NotYours, typed);
        TextAssert.Contains(MaterialsTexts.NotYours, forgedWithdraw);
        TextAssert.Contains(MaterialsTexts.NotYours, forgedEdit);
        TextAssert.Contains(NrwBot.Dialogs.Routing.RoutingTexts.InvalidButton, damaged);
        var stored = await host.Store.FindAsync(material.Id, CancellationToken.None);
        Assert.Equal(material with { }, stored! with { LinkCheckedAt = null });
        Assert.False(stored.Withdrawn);
    }

    [Fact]
    public async Task The_LKS_may_withdraw_and_the_owner_edits_with_the_form_and_stays_the_owner()
    {
        await using var host = await MaterialsHost.StartAsync();
        var material = await host.SeedAsync(MaterialsHost.TomKey, "Bedarfsanalyse Kreis Düren", MaterialKind.Bestandsanalyse, "Kreis Düren", 2025, "Interviews mit Schulen.");
        var tom = host.Chat(MaterialsHost.Tom);

        var form = await host.TurnAsync(tom, ActivityAssert.Submit(EditMaterial.Verb, Id(material)));
        var summary = await host.TurnAsync(tom, MaterialsHost.Form(title: "Bedarfsanalyse Kreis Düren 2025 (überarbeitet)", kind: "Bestandsanalyse", region: "Kreis Düren",
            year: "2025", topics: "Bestandsanalyse", description: "Interviews mit Schulen und Vereinen, überarbeitet."));
        var changed = await host.TextAsync(tom, ActivityAssert.Click(summary, "material.confirm"));
        var lks = await host.TextAsync(host.Chat(MaterialsHost.Anna), ActivityAssert.Submit(WithdrawMaterial.Verb, Id(material)));

        Assert.Contains("Bedarfsanalyse Kreis Düren", MaterialsHost.Visible(form));
        TextAssert.Contains(MaterialsTexts.EditIntro, MaterialsHost.Visible(form));
        TextAssert.Contains(MaterialsTexts.Changed, changed);
        TextAssert.Contains(MaterialsTexts.Withdrawn, lks);
        var stored = Assert.Single(await host.Store.OwnedAsync(MaterialsHost.TomKey, CancellationToken.None));
        Assert.Equal(("Bedarfsanalyse Kreis Düren 2025 (überarbeitet)", MaterialsHost.TomKey, true), (stored.Title, stored.OwnerKey, stored.Withdrawn));
    }
}
