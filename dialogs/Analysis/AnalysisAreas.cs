using NrwBot.Dialogs.Language;
using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Analysis;

/// <summary>Reads the area of an analysis from a name: „Regierungsbezirk Detmold“ (or „RB Detmold“), a Kreis or a kreisfreie Stadt.</summary>
public sealed class AnalysisAreas(IRegionDirectory regions, PlaceFinder places)
{
    public const string BezirkPrefix = "Regierungsbezirk ";

    // „Regionale Analyse NRW“: the state as a whole, which everybody may see (the issue: own region and NRW).
    private static readonly HashSet<string> WholeStateNames = new(StringComparer.Ordinal) { "nrw", "nordrhein westfalen", "ganz nrw", "land nrw" };

    /// <summary>The areas the name may stand for: one when clear, several when ambiguous, none when unknown.</summary>
    public IReadOnlyList<AnalysisArea> Find(string name)
    {
        if (IsWholeState(name)) return [WholeState()];
        if (places.ResolveExactName(name)?.Candidates is [{ Kind: PlaceKind.Regierungsbezirk } bezirk]) return [Bezirk(bezirk.Regierungsbezirk)];
        return regions.Find(name).Select(Of).ToList();
    }

    /// <summary>A Kreis or kreisfreie Stadt by its catalogue name (as the digest's region is given), or null.</summary>
    public AnalysisArea? OfRegion(string name) => regions.ByName(name) is { } region ? Of(region) : null;

    public static AnalysisArea Of(Region region) => new(region.Name, new HashSet<string>(StringComparer.Ordinal) { region.Name });

    public AnalysisArea Bezirk(string regierungsbezirk) => new(BezirkPrefix + regierungsbezirk,
        regions.Regions.Where(region => region.Regierungsbezirk == regierungsbezirk).Select(region => region.Name).ToHashSet(StringComparer.Ordinal));

    /// <summary>NRW as a whole: every Kreis and kreisfreie Stadt.</summary>
    public AnalysisArea WholeState() => new(AnalysisTexts.Nrw.German, regions.Regions.Select(region => region.Name).ToHashSet(StringComparer.Ordinal));

    public static bool IsWholeState(string name) => WholeStateNames.Contains(GermanText.FoldText(name));

    /// <summary>Every Regierungsbezirk, for the digest's overview.</summary>
    public IReadOnlyList<AnalysisArea> Bezirke() =>
        regions.Regions.Select(region => region.Regierungsbezirk).Distinct().Order(StringComparer.Ordinal).Select(Bezirk).ToList();

    /// <summary>How many Kreise and kreisfreie Städte NRW has (the denominator of „active offices“ for NRW).</summary>
    public int AllRegions => regions.Regions.Count;
}
