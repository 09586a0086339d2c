namespace NrwBot.Dialogs.Content;

/// <summary>What the content checks say about every content file alike (file and line are added by <see cref="ContentProblem"/>).</summary>
public static class ContentTexts
{
    public static readonly Text YamlError = new("YAML-Fehler: {0}");
    public static readonly Text UnknownField = new("Unbekanntes Feld „{0}“ (erlaubt: {1}).");
    public static readonly Text MissingField = new("Feld „{0}“ fehlt.");
    public static readonly Text EmptyField = new("Feld „{0}“ ist leer oder kein einfacher Text.");
    public static readonly Text BadId = new("id „{0}“: nur Kleinbuchstaben, Ziffern und Bindestriche.");
    public static readonly Text BadStatus = new("status muss " + ContentStatuses.Allowed + " sein.");
}
