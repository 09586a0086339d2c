using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Calendar;

/// <summary>Region names for an audience: a Kreis or kreisfreie Stadt (any spelling the gazetteer knows), or "Regierungsbezirk X".</summary>
public static class CalendarRegions
{
    public static string? Resolve(string name, IRegionDirectory regions)
    {
        var trimmed = name.Trim();
        var bezirk = trimmed.StartsWith(CalendarAudience.RegierungsbezirkPrefix, StringComparison.OrdinalIgnoreCase)
            ? trimmed[CalendarAudience.RegierungsbezirkPrefix.Length..].Trim()
            : trimmed;
        var known = regions.Regions.Select(region => region.Regierungsbezirk)
            .FirstOrDefault(candidate => string.Equals(candidate, bezirk, StringComparison.OrdinalIgnoreCase));
        if (known is not null && (bezirk != trimmed || regions.Find(trimmed).Count == 0)) return CalendarAudience.RegierungsbezirkPrefix + known;
        var found = regions.Find(trimmed);
        return found.Count == 1 ? found[0].Name : null;
    }
}
