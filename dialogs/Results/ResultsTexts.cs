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
    public static readonly Text OnlyForLks = new("Ergebnisse von Netzwerktreffen erfasst die LKS. Wenn Sie Ergebnisse Ihres Treffens festhalten möchten, schicken Sie das Protokoll gern an die LKS.");
    public static readonly Text CaptureTitle = new("Ergebnisse erfassen");
    public static readonly Text CaptureStructure = new("Erwartet wird das Protokoll als Text in dieser Form:\n1. Zeile: Titel des Treffens\n2. Zeile: Datum und Ort, z. B. „12. Juli 2007 in Düsseldorf“\n3. Arbeitsgruppen: eine Zeile „AG I …“ oder „Arbeitsgruppe 2 …“\n4. nummerierte Fragen „1. …“, „2. …“ in ihrer Reihenfolge\n5. Spiegelstriche „- …“ mit optionaler Anzahl „(3)“; eine Zeile, die nur eine Stelle nennt („Kreis Paderborn“), ordnet die folgenden Punkte dieser Stelle zu.");
    public static readonly Text CaptureFormHint = new("Fügen Sie das Protokoll unten ein (oder schicken Sie **Ergebnisse erfassen** und in derselben Nachricht darunter das Protokoll). Sie sehen erst eine Vorschau; gespeichert wird erst mit „Speichern“.");
    public static readonly Text CapturePasteHint = new("Schicken Sie **Ergebnisse erfassen** und in derselben Nachricht darunter das Protokoll. Sie sehen erst eine Vorschau; gespeichert wird erst mit „Speichern“.");
    public static readonly Text ProtocolLabel = new("Protokoll (Text)");
    public static readonly Text PreviewButton = new("Vorschau");
    public static readonly Text PreviewTitle = new("Vorschau: so habe ich das Protokoll verstanden");
    public static readonly Text PreviewIntro = new("{0} Arbeitsgruppen, {1} Fragen, {2} Punkte.");
    public static readonly Text MeetingLabel = new("Treffen");
    public static readonly Text DateLabel = new("Datum");
    public static readonly Text PlaceLabel = new("Ort");
    public static readonly Text OfficesLabel = new("Stellen");
    public static readonly Text GroupFact = new("{0} Fragen, {1} Punkte");
    public static readonly Text OfficesFact = new("{0} Punkte {1} Stellen zugeordnet");
    public static readonly Text StoreButton = new("Speichern");
    public static readonly Text NotYetStored = new("Noch ist nichts gespeichert. Stimmt etwas nicht, korrigieren Sie das Protokoll und schicken Sie es erneut.");
    public static readonly Text StoredInChat = new("Gespeichert: „{0}“ als Treffen Nr. {1}. Die Ergebnisse sind jetzt mit **Ergebnisse suchen …** zu finden.");
    public static readonly Text ProblemsTitle = new("Das Protokoll hat eine Stelle, die ich nicht verstehe");
    public static readonly Text ProblemsIntro = new("{0} Problem(e) gefunden:");
    public static readonly Text MoreProblems = new("… und {0} weitere");
    public static readonly Text NothingImportedChat = new("Nichts wurde gespeichert. Bitte die genannten Zeilen korrigieren und das Protokoll erneut schicken.");
    public static readonly Text SearchWhat = new("Wonach soll ich in den festgehaltenen Ergebnissen suchen? Zum Beispiel: **Ergebnisse suchen Öffentlichkeitsarbeit** oder **Ergebnisse suchen 2007 Fortbildung**.");
    public static readonly Text InYear = new("({0})");
    public static readonly Text NoHits = new("In den festgehaltenen Ergebnissen der Netzwerktreffen habe ich zu „{0}“ nichts gefunden. Versuchen Sie ein anderes Wort, oder fragen Sie die LKS.");
    public static readonly Text HitsTitle = new("Festgehaltene Ergebnisse zu „{0}“");
    public static readonly Text HitLine = new("**{0}** ({1:dd.MM.yyyy}) · {2} · Frage {3}: {4} → **{5}**");
    public static readonly Text HitCount = new("({0}×)");
    public static readonly Text HitPlace = new("– {0}");
    public static readonly Text HitsNote = new("Aus den Protokollen der Netzwerktreffen, die die LKS erfasst hat.");
}
