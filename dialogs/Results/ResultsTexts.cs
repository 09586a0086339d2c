namespace NrwBot.Dialogs.Results;

/// <summary>Everything the Ergebnissicherung says to users and operators (German).</summary>
public static class ResultsTexts
{
    public const string ProblemLine = "Zeile {0}: {1}";
    public const string Empty = "Der Text ist leer. Erwartet werden Titel, Datum/Ort, Arbeitsgruppen („AG I …“), nummerierte Fragen und Spiegelstriche.";
    public const string NotText = "Das ist keine Textdatei. Bitte das Protokoll als reinen Text (UTF-8) übergeben.";
    public const string TooLong = "Der Text ist zu lang (höchstens {0} KB).";
    public const string LineTooLong = "Die Zeile ist zu lang (höchstens {0} Zeichen).";
    public const string DateMissing = "Hier wird das Datum des Treffens erwartet, z. B. „12. Juli 2007 in Düsseldorf“.";
    public const string NoGroups = "Keine Arbeitsgruppe gefunden. Jede Arbeitsgruppe beginnt mit einer Zeile wie „AG I (Moderation: …)“.";
    public const string SectionOutsideGroup = "Eine nummerierte Frage steht vor der ersten Arbeitsgruppe („AG I …“).";
    public const string BulletOutsideSection = "Ein Spiegelstrich steht vor der ersten nummerierten Frage („1. …“) seiner Arbeitsgruppe.";
    public const string SectionOutOfOrder = "Frage {0} steht an falscher Stelle; erwartet wurde Frage {1}.";
    public const string GroupWithoutSections = "Die Arbeitsgruppe „{0}“ hat keine nummerierten Fragen.";
    public const string SectionWithoutItems = "Frage {0} der Arbeitsgruppe „{1}“ hat keine Spiegelstriche.";
    public const string EmptyBullet = "Der Spiegelstrich ist leer.";
    public const string NothingImported = "Nichts wurde übernommen. Bitte die genannten Zeilen korrigieren und erneut importieren.";
    public const string Understood = "{0} ({1:dd.MM.yyyy}, {2}): {3} Arbeitsgruppen, {4} Fragen, {5} Punkte, davon {6} einer Stelle zugeordnet.";
    public const string SupportNeeds = "Unterstützungsbedarfe nach Kategorie ({0} Punkte):";
    public const string SupportNeedLine = "- {0}: {1}";
    public const string Stored = "Gespeichert als Treffen Nr. {0}.";
    public const string AlreadyStored = "Dieses Treffen ({0}, {1:dd.MM.yyyy}) ist schon gespeichert (Nr. {2}); nichts wurde doppelt übernommen.";
    public const string UnknownPlace = "unbekannter Ort";
    public const string Usage = "Aufruf: results import DATEI [--dry-run] [--json]";
    public const string FileMissing = "Die Datei „{0}“ gibt es nicht.";
}
