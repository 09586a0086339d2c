namespace NrwBot.Host.Data;

/// <summary>What the "backup" command line prints.</summary>
public static class BackupTexts
{
    public static readonly Text Usage = new("Aufruf: nrwbot backup DATEI   (eine Sicherung der SQLite-Datenbank, auch im laufenden Betrieb)");
    public static readonly Text FileExists = new("Die Datei {0} gibt es schon; eine Sicherung überschreibt nichts. Bitte einen neuen Namen wählen.");
    public static readonly Text Postgres = new("Die Datenbank ist PostgreSQL: bitte mit pg_dump sichern (README, Abschnitt „Backup and restore“).");
    public static readonly Text Written = new("Sicherung geschrieben: {0} ({1:0} KB, integrity_check: {2})");
}
