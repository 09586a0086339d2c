namespace NrwBot.Dialogs.Places;

/// <summary>How a text is read for places; the matching core and the everyday-word list are the same for all three.</summary>
public enum PlaceReading
{
    /// <summary>A name typed on its own (an answer, a button, the command line): codes count when they are the whole text.</summary>
    Name,

    /// <summary>A chat message (contacts, intake): lower case is fine, typos are forgiven where a place is expected, capital codes count.</summary>
    Message,

    /// <summary>
    /// A longer text analysed for every place it names (the language analysis behind intake, digest and classifier):
    /// only names as written (capitalised, exact, no registration codes), never inside personal data, not a single
    /// word used as a noun ("das Essen") or a verb ("Senden Sie").
    /// </summary>
    Document,
}
