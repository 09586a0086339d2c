namespace NrwBot.Dialogs.Requests.Categories;

/// <summary>
/// What the LKS reads when the category file is broken. German, because the LKS edits the file; {0}, {1} are
/// filled in by <see cref="CategoryCatalog"/>.
/// </summary>
public static class CategoryTexts
{
    public const string FileMissing = "Die Datei fehlt.";
    public const string SyntaxError = "Die Datei ist kein gültiges YAML: {0}";
    public const string RootMustHaveCategories = "Oben in der Datei muss „categories:“ mit einer Liste von Kategorien stehen.";
    public const string CategoryMustBeMapping = "Jede Kategorie beginnt mit „- id: …“ und hat die Felder id, title, description, keywords.";
    public const string FieldMissing = "Kategorie {0}: Das Feld „{1}“ fehlt oder ist leer.";
    public const string FieldMustBeText = "Kategorie {0}: Das Feld „{1}“ muss ein Text sein.";
    public const string FieldMustBeList = "Kategorie {0}: Das Feld „{1}“ muss eine Liste sein (jede Zeile beginnt mit „- “).";
    public const string ListEntryMustBeText = "Kategorie {0}: Jeder Eintrag in „{1}“ muss ein Text sein.";
    public const string UnknownField = "Kategorie {0}: Unbekanntes Feld „{1}“ (erlaubt sind id, title, description, keywords, examples, fallback).";
    public const string BadId = "Die Kennung „{0}“ darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten.";
    public const string DuplicateId = "Die Kennung „{0}“ kommt mehrfach vor (zuerst in Zeile {1}).";
    public const string NoKeywords = "Kategorie {0}: Mindestens ein Stichwort unter „keywords“ ist nötig.";
    public const string BadFallback = "Kategorie {0}: „fallback“ muss true oder false sein.";
    public const string FallbackCount = "Genau eine Kategorie muss „fallback: true“ haben (gefunden: {0}).";
    public const string NoCategories = "Die Datei enthält keine Kategorien.";
}
