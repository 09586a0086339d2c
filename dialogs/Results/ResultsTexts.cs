namespace NrwBot.Dialogs.Results;

/// <summary>Everything the Ergebnissicherung says to users and operators (German).</summary>
public static class ResultsTexts
{
    public static readonly Text ProblemLine = new("Zeile {0}: {1}");
    public static readonly Text Empty = new("Der Text ist leer. Erwartet werden Titel, Datum/Ort, Arbeitsgruppen („AG I …“), nummerierte Fragen und Spiegelstriche.");
    public static readonly Text NotText = new("Das ist keine Textdatei. Bitte das Protokoll als reinen Text (UTF-8) übergeben.");
    public static readonly Text TooLong = new("Der Text ist zu lang (höchstens {0} KB).");
    public static readonly Text LineTooLong = new("Die Zeile ist zu lang (höchstens {0} Zeichen).");
    public static readonly Text DateMissing = new("Hier wird das Datum des Treffens erwartet, z. B. „12. Juli 2007 in Düsseldorf“.");
    public static readonly Text NoGroups = new("Keine Arbeitsgruppe gefunden. Jede Arbeitsgruppe beginnt mit einer Zeile wie „AG I (Moderation: …)“.");
    public static readonly Text SectionOutsideGroup = new("Eine nummerierte Frage steht vor der ersten Arbeitsgruppe („AG I …“).");
    public static readonly Text BulletOutsideSection = new("Ein Spiegelstrich steht vor der ersten nummerierten Frage („1. …“) seiner Arbeitsgruppe.");
    public static readonly Text SectionOutOfOrder = new("Frage {0} steht an falscher Stelle; erwartet wurde Frage {1}.");
    public static readonly Text GroupWithoutSections = new("Die Arbeitsgruppe „{0}“ hat keine nummerierten Fragen.");
    public static readonly Text SectionWithoutItems = new("Frage {0} der Arbeitsgruppe „{1}“ hat keine Spiegelstriche.");
    public static readonly Text EmptyBullet = new("Der Spiegelstrich ist leer.");
    public static readonly Text NothingImported = new("Nichts wurde übernommen. Bitte die genannten Zeilen korrigieren und erneut importieren.");
    public static readonly Text Understood = new("{0} ({1:dd.MM.yyyy}, {2}): {3} Arbeitsgruppen, {4} Fragen, {5} Punkte, davon {6} einer Stelle zugeordnet.");
    public static readonly Text SupportNeeds = new("Unterstützungsbedarfe nach Kategorie ({0} Punkte):");
    public static readonly Text SupportNeedLine = new("- {0}: {1}");
    public static readonly Text Stored = new("Gespeichert als Treffen Nr. {0}.");
    public static readonly Text AlreadyStored = new("Dieses Treffen ({0}, {1:dd.MM.yyyy}) ist schon gespeichert (Nr. {2}); nichts wurde doppelt übernommen.");
    public static readonly Text UnknownPlace = new("unbekannter Ort");
    public static readonly Text Usage = new("Aufruf: results import DATEI [--dry-run] [--json]");
    public static readonly Text FileMissing = new("Die Datei „{0}“ gibt es nicht.");
}
