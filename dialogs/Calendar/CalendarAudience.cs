using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.Profile;

namespace NrwBot.Dialogs.Calendar;

/// <summary>
/// Whom an entry concerns: everyone (no roles and no regions), or the people with one of <see cref="Roles"/> and/or
/// in one of <see cref="Regions"/> (a Kreis, a kreisfreie Stadt, or "Regierungsbezirk X"). With both set, both must fit.
/// </summary>
public sealed record CalendarAudience(IReadOnlyList<string> Roles, IReadOnlyList<string> Regions)
{
    public const string RegierungsbezirkPrefix = "Regierungsbezirk ";

    public static CalendarAudience All { get; } = new([], []);

    public bool IsAll => Roles.Count == 0 && Regions.Count == 0;

    /// <summary>People without a profile see only what concerns everyone.</summary>
    public bool Concerns(UserProfile? profile, IRegionDirectory regions)
    {
        if (IsAll) return true;
        if (profile is null) return false;
        if (Roles.Count > 0 && !Roles.Contains(profile.Role)) return false;
        if (Regions.Count == 0) return true;
        var bezirk = regions.ByName(profile.Region)?.Regierungsbezirk;
        return Regions.Any(region => region == profile.Region || bezirk is not null && region == RegierungsbezirkPrefix + bezirk);
    }

    public string Describe() => IsAll
        ? CalendarTexts.AudienceAll.German
        : string.Join(", ", Roles.Select(ProfileRoles.Title).Concat(Regions));
}
