namespace NrwBot.Dialogs.Pool;

/// <summary>What users type to reach the Kompetenzpool (command words, matched exactly and case-insensitive).</summary>
public static class PoolPatterns
{
    public static readonly string[] ShowWords = ["mein kompetenzprofil", "kompetenzprofil", "kompetenzpool", "mein profil im kompetenzpool",
        "kompetenzprofil anzeigen", "my competence profile"];

    public static readonly string[] EditWords = ["kompetenzprofil bearbeiten", "kompetenzprofil ändern", "kompetenzprofil anlegen",
        "kompetenzprofil aendern", "im kompetenzpool eintragen"];

    public static readonly string[] DeleteWords = ["kompetenzprofil löschen", "kompetenzprofil loeschen", "mein kompetenzprofil löschen",
        "aus dem kompetenzpool austragen"];

    public static readonly string[] ConfirmWords = ["kompetenzprofil bestätigen", "kompetenzprofil ist aktuell", "kompetenzprofil bestaetigen"];
}
