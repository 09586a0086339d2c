using NrwBot.Dialogs.Content;
using NrwBot.Dialogs.Texts;

namespace NrwBot.Dialogs.Knowledge.Store;

/// <summary>
/// What the knowledge base in the database says: the LKS's history and rollback in Teams (German only, like the
/// other LKS views) and the `kb import|export|history|rollback` commands.
/// </summary>
public static class KnowledgeStoreTexts
{
    // Teams (LKS)
    public static readonly Text NotLks = new("Verlauf und Zurücksetzen von Wissensartikeln sind der LKS vorbehalten.",
        "The history and rollback of knowledge articles are reserved for the LKS.");
    public static readonly Text Usage = new("So geht es: **Wissen Verlauf ID** zeigt die Versionen eines Artikels (z. B. `Wissen Verlauf mittelabruf`), **Wissen zurücksetzen ID VERSION** stellt eine frühere wieder her (z. B. `Wissen zurücksetzen mittelabruf 2`).");
    public static readonly Text HistoryTitle = new("Verlauf: {0}");
    public static readonly Text HistoryIntro = new("Artikel `{0}`, {1} Version(en). Ein Zurücksetzen veröffentlicht den alten Inhalt als neue Version; der Verlauf bleibt vollständig.");
    public static readonly Text HistoryLine = new("- **Version {0}**{1} · {2} · {3} · {4}{5}{6}");
    public static readonly Text PublishedMark = new(" (veröffentlicht)");
    public static readonly Text ApprovedBy = new(", freigegeben von {0}");
    public static readonly Text RollbackButton = new("Auf Version {0} zurücksetzen");
    public static readonly Text ConfirmTitle = new("Zurücksetzen bestätigen");
    public static readonly Text ConfirmText = new("Artikel **{0}** auf den Inhalt von **Version {1}** ({2}, {3}) zurücksetzen? Veröffentlicht ist jetzt Version {4}. Der alte Inhalt wird als neue Version veröffentlicht und gilt in wenigen Sekunden überall.");
    public static readonly Text ConfirmYes = new("Ja, zurücksetzen");
    public static readonly Text ConfirmNo = new("Abbrechen");
    public static readonly Text Cancelled = new("In Ordnung, der Artikel bleibt, wie er ist.");
    public static readonly Text StoreFailed = new("Die Wissensdatenbank ist gerade nicht erreichbar; es wurde nichts geändert. Bitte versuchen Sie es gleich noch einmal.");

    // Teams and command line
    public static readonly Text UnknownArticle = new("Den Artikel „{0}“ gibt es in der Wissensdatenbank nicht.");
    public static readonly Text UnknownVersion = new("Artikel „{0}“ hat keine Version {1} (vorhanden: 1 bis {2}).");
    public static readonly Text RolledBack = new("Artikel „{0}“ ist auf den Inhalt von Version {1} zurückgesetzt: veröffentlicht ist jetzt Version {2}.");
    public static readonly Text AlreadyPublished = new("Artikel „{0}“ hat schon den Inhalt von Version {1} (veröffentlicht: Version {2}); es wurde nichts geändert.");
    public static readonly Text ChangedMeanwhile = new("Artikel „{0}“ wurde inzwischen geändert (veröffentlicht ist jetzt Version {1}); es wurde nichts zurückgesetzt. Bitte sehen Sie sich den Verlauf an und entscheiden Sie neu.");
    public static readonly Text RollbackNote = new("Zurückgesetzt auf Version {0}");

    // Command line
    public static readonly Text CommandUsage = new("Aufruf: kb import [ORDNER] | kb export ORDNER | kb history ID | kb rollback ID VERSION");
    public static readonly Text ImportDone = new("Import aus {0}: {1} neu, {2} geändert (neue Version), {3} unverändert.");
    public static readonly Text ImportRefused = new("{0} Problem(e) im Ordner – nichts importiert. Bitte zuerst beheben (kb check).");
    public static readonly Text ExportDone = new("{0} Artikel (veröffentlichter Stand) nach {1} geschrieben.");
    public static readonly Text ExportRemoved = new("{0} Datei(en) von Artikeln entfernt, die nicht mehr veröffentlicht sind:");
    public static readonly Text HistoryHeader = new("Verlauf von {0} („{1}“), * = veröffentlicht:");
    public static readonly Text HistoryRow = new("{0} v{1,-3} {2}  {3,-9} {4}{5}{6}");
    public static readonly Text CommandLineActor = new("Kommandozeile ({0})");
    public static readonly Text SeedActor = new("Erstimport aus dem Ordner");
    public static readonly Text ImportNote = new("Import aus dem Ordner");

    public static string StatusName(ContentStatus status) => status switch
    {
        ContentStatus.Geprueft => "geprüft",
        ContentStatus.Entwurf => "Entwurf",
        _ => "Beispiel",
    };

    public static readonly Text CommandFromDatabase = new("Wissensdatenbank: veröffentlichter Stand aus der Datenbank des Bots (Revision {0}, {1} Artikel).");
    public static readonly Text CommandFromFolder = new("Wissensdatenbank: Dateien aus {0}.");
    public static readonly Text CommandDatabaseUnreadable = new("Die Datenbank des Bots ist nicht lesbar ({0}); ich nehme die Dateien.");
}
