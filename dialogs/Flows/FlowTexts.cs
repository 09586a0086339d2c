namespace NrwBot.Dialogs.Flows;

/// <summary>Every sentence the flow mechanism itself says (features word their own questions).</summary>
public static class FlowTexts
{
    public const string Cancelled = "In Ordnung, ich habe abgebrochen. Schreiben Sie **Hilfe**, wenn Sie sehen möchten, was ich kann.";
    public const string NothingToCancel = "Es läuft gerade nichts, das ich abbrechen könnte. Schreiben Sie **Hilfe** für einen Überblick.";
    public const string Expired = "Unser letztes Gespräch ist über 24 Stunden her. Ich habe es beendet – wir fangen einfach neu an.";
    public const string SkipHint = "(optional – schreiben Sie „-“, um zu überspringen)";
    public const string ChooseByNumber = "Antworten Sie mit der Nummer oder dem Namen.";
    public const string NotAChoice = "Das habe ich nicht als eine der Möglichkeiten erkannt. Bitte wählen Sie eine Nummer aus der Liste.";
    public const string RequiredMissing = "Bitte füllen Sie dieses Feld aus.";
    public const string StillOpen = "Ihr Formular **{0}** ist weiter offen – Sie können es jederzeit absenden oder **abbrechen**.";
    public const string StaleCard = "Diese Karte ist nicht mehr aktuell.";
    public const string FixErrors = "Bitte prüfen Sie die markierten Angaben.";
    public const string InFlowHint = "Sie sind gerade bei: **{0}**. Beantworten Sie die letzte Frage oder schreiben Sie **abbrechen**.";
    public const string Cancel = "Abbrechen";
    public const string Confirm = "Senden";
    public const string Edit = "Ändern";
    public const string ConfirmQuestion = "Stimmt das so? Antworten Sie **Senden** oder **Ändern** (oder **abbrechen**).";
    public const string ConfirmHint = "Bitte antworten Sie mit **Senden**, **Ändern** oder **abbrechen**.";
}
