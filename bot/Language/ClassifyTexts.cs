namespace NrwBot.Host.Language;

/// <summary>What the "classify" command line prints for people (the --json output has fixed English keys).</summary>
public static class ClassifyTexts
{
    public const string Usage = "Aufruf: classify \"Text der Anfrage\" [--json]";
    public const string UnknownOption = "Unbekannte Option: {0}";
    public const string Category = "Kategorie: {0} ({1}), Sicherheit {2:0.00}";
    public const string Language = "Sprache: {0} (Sicherheit {1:0.00}, {2})";
    public const string PersonalData = "Personenbezogene Daten: {0}";
    public const string None = "keine";
    public const string Redacted = "Ohne personenbezogene Daten: {0}";
    public const string KeyPhrases = "Schlüsselbegriffe: {0}";
    public const string Places = "Orte: {0}";
    public const string CategoryFileBroken = "Die Kategorien-Datei ist fehlerhaft:";

    public static string SourceName(NrwBot.Dialogs.Language.AnalysisSource source) => source switch
    {
        NrwBot.Dialogs.Language.AnalysisSource.Azure => "Azure AI Language",
        NrwBot.Dialogs.Language.AnalysisSource.OfflineFallback => "offline, weil Azure AI Language nicht antwortete",
        _ => "offline",
    };
}
