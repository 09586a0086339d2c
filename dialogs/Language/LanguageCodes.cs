namespace NrwBot.Dialogs.Language;

/// <summary>The languages NrwBot tells apart: it answers in German, understands English, and flags everything else.</summary>
public static class LanguageCodes
{
    public const string German = "de";
    public const string English = "en";
    public const string Other = "other";

    /// <summary>Maps an ISO 639-1 code from any detector to de, en or other.</summary>
    public static string FromIso(string? iso) => iso?.Trim().ToLowerInvariant() switch
    {
        "de" => German,
        "en" => English,
        _ => Other,
    };
}
