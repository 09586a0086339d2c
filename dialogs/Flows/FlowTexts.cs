namespace NrwBot.Dialogs.Flows;

/// <summary>Every sentence and word the flow mechanism itself says or understands (features word their own questions).</summary>
public static class FlowTexts
{
    public static readonly Text Cancelled = new("In Ordnung, ich habe abgebrochen. Schreiben Sie **Hilfe**, wenn Sie sehen möchten, was ich kann.");
    public static readonly Text NothingToCancel = new("Es läuft gerade nichts, das ich abbrechen könnte. Schreiben Sie **Hilfe** für einen Überblick.");
    public static readonly Text Expired = new("Unser letztes Gespräch ist über 24 Stunden her. Ich habe es beendet – wir fangen einfach neu an.");
    public static readonly Text SkipHint = new("(optional – schreiben Sie „-“, um zu überspringen)");
    public static readonly Text ChooseByNumber = new("Antworten Sie mit der Nummer oder dem Namen.");
    public static readonly Text NotAChoice = new("Das habe ich nicht als eine der Möglichkeiten erkannt. Bitte wählen Sie eine Nummer aus der Liste.");
    public static readonly Text RequiredMissing = new("Bitte füllen Sie dieses Feld aus.");
    public static readonly Text StillOpen = new("Ihr Formular **{0}** ist weiter offen – Sie können es jederzeit absenden oder **abbrechen**.");
    public static readonly Text StaleCard = new("Diese Karte ist nicht mehr aktuell.");
    public static readonly Text FixErrors = new("Bitte prüfen Sie die markierten Angaben.");
    public static readonly Text InFlowHint = new("Sie sind gerade bei: **{0}**. Beantworten Sie die letzte Frage oder schreiben Sie **abbrechen**.");
    public static readonly Text Cancel = new("Abbrechen", "Cancel");
    public static readonly Text Confirm = new("Senden", "Send");
    public static readonly Text Edit = new("Ändern", "Edit");
    public static readonly Text Save = new("Speichern");
    public static readonly Text Yes = new("ja", "yes");
    public static readonly Text No = new("nein", "no");

    /// <summary>The answer given so far, shown when a question is asked again on a text channel.</summary>
    public static readonly Text SoFar = new("Bisher: {0}");
    public static readonly Text ConfirmQuestion = new("Stimmt das so? Antworten Sie **Senden** oder **Ändern** (oder **abbrechen**).");
    public static readonly Text ConfirmHint = new("Bitte antworten Sie mit **Senden**, **Ändern** oder **abbrechen**.");

    // What users type (compared lower-case)
    /// <summary>Typed replies to the summary that send it.</summary>
    public static readonly string[] ConfirmWords = ["senden", "send", "ja", "yes"];

    /// <summary>Typed replies to the summary that go back to the first question.</summary>
    public static readonly string[] EditWords = ["ändern", "aendern", "edit"];

    /// <summary>Typed answers to a yes/no question that mean yes.</summary>
    public static readonly string[] YesWords = ["true", "ja", "yes", "j", "y", "1", "einverstanden", "ok"];
}
