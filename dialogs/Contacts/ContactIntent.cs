namespace NrwBot.Dialogs.Contacts;

/// <summary>What someone wants from the contact directory.</summary>
public enum ContactIntent
{
    /// <summary>"Wer ist mein Ansprechpartner?" – contacts for the asker's own region.</summary>
    MyContact,

    /// <summary>"Ansprechpartner in Lübbecke", "Kontakt Kreis Düren".</summary>
    PlaceContact,

    /// <summary>"mobile Beratung Köln".</summary>
    MobileBeratung,

    /// <summary>"Kontaktliste Regierungsbezirk Detmold", "Adressenliste meiner Region".</summary>
    ContactList,

    /// <summary>"Wer macht noch Demokratiekonferenzen?" – local offices working on a topic.</summary>
    Peers,
}
