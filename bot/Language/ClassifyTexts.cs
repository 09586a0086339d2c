namespace NrwBot.Host.Language;

/// <summary>What the "classify" command line prints for people (the --json output has fixed English keys).</summary>
public static class ClassifyTexts
{
    public static readonly Text Usage = new("Aufruf: classify \"Text der Anfrage\" [--json]");
    public static readonly Text UnknownOption = new("Unbekannte Option: {0}");
    public static readonly Text Category = new("Kategorie: {0} ({1}), Sicherheit {2:0.00}");
    public static readonly Text Language = new("Sprache: {0} (Sicherheit {1:0.00}, {2})");
    public static readonly Text PersonalData = new("Personenbezogene Daten: {0}");
    public static readonly Text None = new("keine");
    public static readonly Text Redacted = new("Ohne personenbezogene Daten: {0}");
    public static readonly Text KeyPhrases = new("Schlüsselbegriffe: {0}");
    public static readonly Text Places = new("Orte: {0}");
    public static readonly Text CategoryFileBroken = new("Die Kategorien-Datei ist fehlerhaft:");

    public static readonly Text SourceAzure = new("Azure AI Language");
    public static readonly Text SourceOfflineFallback = new("offline, weil Azure AI Language nicht antwortete");
    public static readonly Text SourceOffline = new("offline");

    public static string SourceName(NrwBot.Dialogs.Language.AnalysisSource source) => (source switch
    {
        NrwBot.Dialogs.Language.AnalysisSource.Azure => SourceAzure,
        NrwBot.Dialogs.Language.AnalysisSource.OfflineFallback => SourceOfflineFallback,
        _ => SourceOffline,
    }).German;
}
