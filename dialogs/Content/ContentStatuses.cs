namespace NrwBot.Dialogs.Content;

/// <summary>The words the LKS writes in a content file's "status" field, and what they mean.</summary>
public static class ContentStatuses
{
    /// <summary>For error messages: the words a "status" field may hold.</summary>
    public const string Allowed = "„beispiel“, „entwurf“ oder „geprüft“";

    /// <summary>The status a "status" field names (case-insensitive, "geprueft" without umlaut too); null when it names none.</summary>
    public static ContentStatus? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "beispiel" => ContentStatus.Beispiel,
        "entwurf" => ContentStatus.Entwurf,
        "geprüft" or "geprueft" => ContentStatus.Geprueft,
        _ => null,
    };
}
