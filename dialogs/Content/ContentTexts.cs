namespace NrwBot.Dialogs.Content;

/// <summary>What the content checks say about every content file alike (file and line are added by <see cref="ContentProblem"/>).</summary>
public static class ContentTexts
{
    public static readonly Text YamlError = new("YAML-Fehler: {0}");
    public static readonly Text UnknownField = new("Unbekanntes Feld „{0}“ (erlaubt: {1}).");
    public static readonly Text MissingField = new("Feld „{0}“ fehlt.");
    public static readonly Text EmptyField = new("Feld „{0}“ ist leer oder kein einfacher Text.");
    public static readonly Text BadId = new("id „{0}“: nur Kleinbuchstaben, Ziffern und Bindestriche.");
    public static readonly Text HasProblems = new("{0} enthalten Fehler:");
    public static readonly Text EmptyFile = new("leere Datei");
    public static readonly Text FolderMissing = new("Der Ordner fehlt.");
    public static readonly Text NoSteps = new("Es gibt keinen einzigen Schritt.");

    // What each content is called in the first line of a ContentException.
    public static readonly Text Calendar = new("Die Kalender-Dateien");
    public static readonly Text Places = new("Die Orts-Datei");
    public static readonly Text Onboarding = new("Die Einarbeitungs-Schritte");
    public static readonly Text Contacts = new("Die Kontakt-Datei");
    public static readonly Text Categories = new("Die Kategorien-Datei");
    public static readonly Text BadStatus = new("status muss " + ContentStatuses.Allowed + " sein.");
}
