namespace NrwBot.Dialogs.Requests.Categories;

/// <summary>
/// What the LKS reads when the category file is broken. German, because the LKS edits the file; {0}, {1} are
/// filled in by <see cref="CategoryCatalog"/>.
/// </summary>
public static class CategoryTexts
{
    public static readonly Text FileMissing = new("Die Datei fehlt.");
    public static readonly Text SyntaxError = new("Die Datei ist kein gültiges YAML: {0}");
    public static readonly Text RootMustHaveCategories = new("Oben in der Datei muss „categories:“ mit einer Liste von Kategorien stehen.");
    public static readonly Text CategoryMustBeMapping = new("Jede Kategorie beginnt mit „- id: …“ und hat die Felder id, title, description, keywords.");
    public static readonly Text FieldMissing = new("Kategorie {0}: Das Feld „{1}“ fehlt oder ist leer.");
    public static readonly Text FieldMustBeText = new("Kategorie {0}: Das Feld „{1}“ muss ein Text sein.");
    public static readonly Text FieldMustBeList = new("Kategorie {0}: Das Feld „{1}“ muss eine Liste sein (jede Zeile beginnt mit „- “).");
    public static readonly Text ListEntryMustBeText = new("Kategorie {0}: Jeder Eintrag in „{1}“ muss ein Text sein.");
    public static readonly Text UnknownField = new("Kategorie {0}: Unbekanntes Feld „{1}“ (erlaubt sind id, title, description, keywords, examples, fallback).");
    public static readonly Text BadId = new("Die Kennung „{0}“ darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten.");
    public static readonly Text DuplicateId = new("Die Kennung „{0}“ kommt mehrfach vor (zuerst in Zeile {1}).");
    public static readonly Text NoKeywords = new("Kategorie {0}: Mindestens ein Stichwort unter „keywords“ ist nötig.");
    public static readonly Text BadFallback = new("Kategorie {0}: „fallback“ muss true oder false sein.");
    public static readonly Text FallbackCount = new("Genau eine Kategorie muss „fallback: true“ haben (gefunden: {0}).");
    public static readonly Text NoCategories = new("Die Datei enthält keine Kategorien.");
}
