namespace NrwBot.Dialogs.Places;

/// <summary>
/// Checks the places file the LKS edits, so a slip (a Gemeinde under two Kreise, a misspelt Regierungsbezirk)
/// stops the start with a clear message instead of routing people to the wrong office.
/// </summary>
internal static class PlacesFileCheck
{
    public static IReadOnlyList<string> Problems(PlacesFile file)
    {
        var problems = new List<string>();
        var bezirke = file.Regierungsbezirke?.ToHashSet(StringComparer.Ordinal) ?? [];
        var regionNames = new HashSet<string>(StringComparer.Ordinal);
        var gemeindeRegion = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var region in file.Regions ?? [])
        {
            CheckRegion(region, bezirke, problems);
            if (!regionNames.Add(region.Name)) problems.Add($"Region „{region.Name}“ steht zweimal in der Datei.");
            foreach (var gemeinde in region.Gemeinden ?? [])
            {
                if (gemeindeRegion.TryGetValue(gemeinde, out var other))
                    problems.Add($"Gemeinde „{gemeinde}“ steht unter „{other}“ und unter „{region.Name}“.");
                else gemeindeRegion[gemeinde] = region.Name;
            }
        }
        foreach (var area in file.Areas ?? [])
        {
            foreach (var name in area.Regions.Where(name => !regionNames.Contains(name)))
                problems.Add($"Landschaft „{area.Name}“: unbekannte Region „{name}“.");
        }
        foreach (var bezirk in (file.RegierungsbezirkAliases ?? []).Keys.Where(bezirk => !bezirke.Contains(bezirk)))
            problems.Add($"Namensvarianten für unbekannten Regierungsbezirk „{bezirk}“.");
        return problems;
    }

    private static void CheckRegion(PlacesFile.RegionEntry region, HashSet<string> bezirke, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(region.Name)) { problems.Add("Eine Region hat keinen Namen."); return; }
        if (region.Kind is not (PlacesFile.Kreis or PlacesFile.KreisfreieStadt))
            problems.Add($"„{region.Name}“: Art „{region.Kind}“ ist weder „kreis“ noch „kreisfreie-stadt“.");
        if (!bezirke.Contains(region.Regierungsbezirk))
            problems.Add($"„{region.Name}“: unbekannter Regierungsbezirk „{region.Regierungsbezirk}“.");
        var gemeinden = region.Gemeinden ?? [];
        if (gemeinden.Count == 0) problems.Add($"„{region.Name}“: keine Gemeinden eingetragen.");
        if (region.Kind == PlacesFile.KreisfreieStadt && (gemeinden.Count != 1 || gemeinden[0] != region.Name))
            problems.Add($"„{region.Name}“: eine kreisfreie Stadt ist ihre einzige Gemeinde.");
        foreach (var name in (region.GemeindeAliases ?? []).Keys.Where(name => !gemeinden.Contains(name)))
            problems.Add($"„{region.Name}“: Kurzform für „{name}“, aber diese Gemeinde steht nicht in der Liste.");
    }
}
