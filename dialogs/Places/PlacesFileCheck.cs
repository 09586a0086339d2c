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
            if (!regionNames.Add(region.Name)) problems.Add(PlaceTexts.FileRegionTwice.Format(region.Name));
            foreach (var gemeinde in region.Gemeinden ?? [])
            {
                if (gemeindeRegion.TryGetValue(gemeinde, out var other))
                    problems.Add(PlaceTexts.FileGemeindeTwice.Format(gemeinde, other, region.Name));
                else gemeindeRegion[gemeinde] = region.Name;
            }
        }
        foreach (var area in file.Areas ?? [])
        {
            foreach (var name in area.Regions.Where(name => !regionNames.Contains(name)))
                problems.Add(PlaceTexts.FileAreaUnknownRegion.Format(area.Name, name));
        }
        foreach (var bezirk in (file.RegierungsbezirkAliases ?? []).Keys.Where(bezirk => !bezirke.Contains(bezirk)))
            problems.Add(PlaceTexts.FileVariantsUnknownBezirk.Format(bezirk));
        return problems;
    }

    private static void CheckRegion(PlacesFile.RegionEntry region, HashSet<string> bezirke, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(region.Name)) { problems.Add(PlaceTexts.FileRegionWithoutName.German); return; }
        if (region.Kind is not (PlacesFile.Kreis or PlacesFile.KreisfreieStadt))
            problems.Add(PlaceTexts.FileBadRegionKind.Format(region.Name, region.Kind));
        if (!bezirke.Contains(region.Regierungsbezirk))
            problems.Add(PlaceTexts.FileUnknownBezirk.Format(region.Name, region.Regierungsbezirk));
        var gemeinden = region.Gemeinden ?? [];
        if (gemeinden.Count == 0) problems.Add(PlaceTexts.FileNoGemeinden.Format(region.Name));
        if (region.Kind == PlacesFile.KreisfreieStadt && (gemeinden.Count != 1 || gemeinden[0] != region.Name))
            problems.Add(PlaceTexts.FileCityOnlyGemeinde.Format(region.Name));
        foreach (var name in (region.GemeindeAliases ?? []).Keys.Where(name => !gemeinden.Contains(name)))
            problems.Add(PlaceTexts.FileShortFormUnknown.Format(region.Name, name));
    }
}
