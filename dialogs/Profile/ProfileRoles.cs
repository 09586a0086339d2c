using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Profile;

/// <summary>The roles a user can pick. Values are stored; titles are what users read.</summary>
public static class ProfileRoles
{
    public const string Fachkraft = "fachkraft";
    public const string Traeger = "traeger";
    public const string Verwaltung = "verwaltung";
    public const string Lks = "lks";
    public const string Other = "sonstiges";

    public static readonly IReadOnlyList<FormChoice> All =
    [
        new(ProfileTexts.RoleFachkraft.German, Fachkraft),
        new(ProfileTexts.RoleTraeger.German, Traeger),
        new(ProfileTexts.RoleVerwaltung.German, Verwaltung),
        new(ProfileTexts.RoleLks.German, Lks),
        new(ProfileTexts.RoleOther.German, Other),
    ];

    public static string Title(string value) => All.FirstOrDefault(role => role.Value == value)?.Title ?? value;
}
