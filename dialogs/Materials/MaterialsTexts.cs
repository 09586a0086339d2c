using NrwBot.Dialogs.Language;

namespace NrwBot.Dialogs.Materials;

/// <summary>Every sentence of the Materialbörse (German; the network works in German).</summary>
public static class MaterialsTexts
{
    // Kinds
    public static readonly Text KindHandlungskonzept = new("Handlungskonzept");
    public static readonly Text KindBestandsanalyse = new("Bestands-/Ausgangsanalyse");
    public static readonly Text KindPraesentation = new("Präsentation");
    public static readonly Text KindOeffentlichkeitsarbeit = new("Flyer/Öffentlichkeitsarbeit");
    public static readonly Text KindMethode = new("Methode/Workshopkonzept");
    public static readonly Text KindProtokoll = new("Protokoll/Ergebnisse");
    public static readonly Text KindVorlage = new("Vorlage/Formular");
    public static readonly Text KindSonstiges = new("Sonstiges");

    // The form
    public static readonly Text ShareTitle = new("Material teilen");
    public static readonly Text ShareSubmit = new("Weiter");
    public static readonly Text ShareIntro = new("Teilen Sie ein Material mit dem Netzwerk. Ich speichere nur die Angaben und den Link, nicht die Datei. Titel und Beschreibung dürfen keine personenbezogenen Daten enthalten.");
    public static readonly Text EditIntro = new("Sie ändern das Material M-{0}. Mit **Senden** werden die Angaben ersetzt.");
    public static readonly Text TitleLabel = new("Titel");
    public static readonly Text TitlePrompt = new("Wie heißt das Material?");
    public static readonly Text TitleTooShort = new("Der Titel braucht mindestens {0} Zeichen.");
    public static readonly Text TitleTooLong = new("Der Titel darf höchstens {0} Zeichen lang sein.");
    public static readonly Text KindLabel = new("Art");
    public static readonly Text KindPrompt = new("Was für ein Material ist es?");
    public static readonly Text TopicsLabel = new("Themen");
    public static readonly Text TopicsPrompt = new("Zu welchen Themen gehört es? Mehrere mit Komma, z. B. „Schule, Netzwerkarbeit“. Themen: {0}");
    public static readonly Text TopicsPlaceholder = new("z. B. Schule, Netzwerkarbeit");
    public static readonly Text TopicUnknown = new("Diese Themen kenne ich nicht: {0}. Möglich sind: {1}");
    public static readonly Text TagsLabel = new("Schlagworte");
    public static readonly Text TagsPrompt = new("Freie Schlagworte, mit Komma getrennt (z. B. „Jugend, Sportvereine“).");
    public static readonly Text TagsPlaceholder = new("z. B. Jugend, Sportvereine");
    public static readonly Text TooManyTags = new("Bitte höchstens {0} Schlagworte.");
    public static readonly Text TagTooLong = new("Ein Schlagwort darf höchstens {0} Zeichen lang sein und kein „|“ enthalten.");
    public static readonly Text RegionLabel = new("Kreis/Stadt");
    public static readonly Text RegionPrompt = new("Aus welchem Kreis oder welcher kreisfreien Stadt stammt das Material?");
    public static readonly Text RegionFromProfile = new("Laut Profil: **{0}** – schreiben Sie **ok**, um das zu übernehmen.");
    public static readonly Text RegionUnknown = new("„{0}“ kenne ich nicht als Kreis oder kreisfreie Stadt in NRW.");
    public static readonly Text RegionAmbiguous = new("„{0}“ ist nicht eindeutig: {1}. Welche Region meinen Sie?");
    public static readonly Text YearLabel = new("Jahr");
    public static readonly Text YearPrompt = new("Aus welchem Jahr ist es (z. B. 2026)?");
    public static readonly Text YearInvalid = new("Bitte ein Jahr zwischen {0} und {1}.");
    public static readonly Text LinkLabel = new("Link");
    public static readonly Text LinkPrompt = new("Der Link zur Datei (SharePoint, OneDrive, Teams) oder eine andere https-Adresse. Im persönlichen Chat können Sie die Datei auch einfach anhängen.");
    public static readonly Text LinkPlaceholder = new("https://…");
    public static readonly Text LinkNotHttps = new("Bitte eine sichere Adresse mit **https://** – „http://“-Links nehme ich nicht an.");
    public static readonly Text LinkScheme = new("Das ist kein Web-Link. Ich nehme nur Adressen an, die mit **https://** beginnen.");
    public static readonly Text LinkInvalid = new("Das sieht nicht wie eine vollständige Adresse aus (https://…, ohne Leerzeichen, ohne Benutzername oder Passwort).");
    public static readonly Text LinkTooLong = new("Der Link ist zu lang (höchstens {0} Zeichen). Nutzen Sie bitte einen Freigabelink.");
    public static readonly Text LinkTaken = new("Ich habe den Link Ihrer Datei übernommen: {0}");
    public static readonly Text AttachmentNotAFile = new("Diesen Anhang kann ich nicht als Material übernehmen: Ich nehme Dateien, die Sie im persönlichen Chat in Teams anhängen (sie liegen dann in Ihrem OneDrive), oder einen https-Link. Bilder aus der Zwischenablage und Karten gehen nicht. Es wurde nichts gespeichert.");
    public static readonly Text FileHint = new("Mit einer Datei kann ich Folgendes tun: Sie als Material in der Materialbörse teilen (**Material teilen**, dann die Datei anhängen – ich speichere nur den Link, nicht die Datei). Die LKS kann außerdem ein Protokoll als Textdatei übernehmen (**Ergebnisse erfassen**, dann die Datei anhängen). Die Datei allein habe ich nicht gespeichert.");
    public static readonly Text ShareFileButton = new("Als Material teilen");
    public static readonly Text DescriptionLabel = new("Kurzbeschreibung");
    public static readonly Text DescriptionPrompt = new("Worum geht es, für wen ist es nützlich? (ein paar Sätze, ohne Namen oder Kontaktdaten)");
    public static readonly Text DescriptionTooShort = new("Die Beschreibung braucht mindestens {0} Zeichen.");
    public static readonly Text DescriptionTooLong = new("Die Beschreibung darf höchstens {0} Zeichen lang sein.");
    public static readonly Text VisibilityLabel = new("Sichtbar für");
    public static readonly Text VisibilityPrompt = new("Wer darf es sehen?");
    public static readonly Text VisibilityNetwork = new("das ganze Netzwerk");
    public static readonly Text VisibilityLks = new("nur die LKS");

    // Sharing
    public static readonly Text PersonalDataFound = new("Titel oder Beschreibung enthalten personenbezogene Daten ({0}). Materialien sieht das ganze Netzwerk – bitte **Ändern** und die Angaben entfernen. Es wurde nichts gespeichert.");
    public static readonly Text PiiEmail = new("eine E-Mail-Adresse");
    public static readonly Text PiiPhone = new("eine Telefonnummer");
    public static readonly Text PiiIban = new("eine IBAN");
    public static readonly Text PiiAddress = new("eine Anschrift");
    public static readonly Text PiiPerson = new("einen Namen");
    public static readonly Text StoreFailed = new("Das Material konnte gerade nicht gespeichert werden. Ihre Angaben bleiben erhalten – versuchen Sie es mit **Senden** noch einmal.");
    public static readonly Text Shared = new("Danke! Ihr Material ist als **{0}** geteilt.");
    public static readonly Text SharedAlready = new("Dieses Material ist bereits als **{0}** geteilt – es wurde nicht doppelt gespeichert.");
    public static readonly Text AlreadyShared = new("Das Material {0} „{1}“ ist bereits geteilt.");
    public static readonly Text Changed = new("Das Material **{0}** ist geändert.");
    public static readonly Text Withdrawn = new("Das Material {0} „{1}“ ist zurückgezogen: Es erscheint in keiner Suche mehr. Mit **Wieder teilen** holen Sie es zurück.");
    public static readonly Text AlreadyWithdrawn = new("Das Material {0} „{1}“ ist bereits zurückgezogen.");
    public static readonly Text Reshared = new("Das Material {0} „{1}“ ist wieder geteilt.");
    public static readonly Text NotYours = new("Das kann nur die Person, die das Material geteilt hat, oder die LKS.");
    public static readonly Text NotFound = new("Ein Material M-{0} finde ich nicht.");

    // Cards
    public static readonly Text OfficeLabel = new("Büro");
    public static readonly Text Office = new("{0} (Regierungsbezirk {1})");
    public static readonly Text OpenLink = new("Öffnen");
    public static readonly Text ContactButton = new("Kontakt aufnehmen");
    public static readonly Text SimilarButton = new("Ähnliche Konzepte");
    public static readonly Text EditButton = new("Bearbeiten");
    public static readonly Text WithdrawButton = new("Zurückziehen");
    public static readonly Text ReshareButton = new("Wieder teilen");
    public static readonly Text ShareButton = new("Material teilen");
    public static readonly Text WithdrawnNote = new("Zurückgezogen – nur Sie und die LKS sehen es.");
    public static readonly Text LksOnlyNote = new("Nur für die LKS sichtbar.");
    public static readonly Text LinkFailingNote = new("Der Link war bei der letzten Prüfung nicht erreichbar.");

    // Searching
    public static readonly Text Found = new("{0} Material(ien) gefunden ({1}):");
    public static readonly Text NothingFound = new("Dazu habe ich kein Material gefunden ({0}).");
    public static readonly Text ShareHint = new("Haben Sie selbst etwas dazu? Mit **Material teilen** stellen Sie es dem Netzwerk zur Verfügung.");
    public static readonly Text AllMaterials = new("alle Materialien");
    public static readonly Text TopicFilter = new("Thema {0}");
    public static readonly Text BezirkFilter = new("Regierungsbezirk {0}");
    public static readonly Text YearFilter = new("aus {0}");
    public static readonly Text WordsFilter = new("„{0}“");
    public static readonly Text Mine = new("Sie haben {0} Material(ien) geteilt:");
    public static readonly Text NoneOfMine = new("Sie haben noch kein Material geteilt.");

    // Similar concepts
    public static readonly Text SimilarFound = new("Handlungskonzepte anderer Büros, die „{0}“ am ähnlichsten sind ({1}) – mit **Kontakt aufnehmen** vernetzen Sie sich mit den Autorinnen und Autoren:");
    public static readonly Text NoSimilar = new("Zu „{0}“ habe ich noch kein ähnliches Handlungskonzept eines anderen Büros.");
    public static readonly Text SimilarOnlyConcepts = new("Ähnliche Konzepte gibt es für Handlungskonzepte; {0} ist keins.");
    public static readonly Text SimilarNeedsConcept = new("Dafür brauche ich ein Handlungskonzept: Teilen Sie Ihres mit **Material teilen**, oder schreiben Sie **Ähnliche Konzepte M-3** mit der Nummer eines Konzepts.");

    // Contact
    public static readonly Text ContactTitle = new("Kontakt zum Material");
    public static readonly Text ContactToAuthor = new("{0} interessiert sich für Ihr Material „{1}“ ({2}) und möchte sich mit Ihnen austauschen. Antworten Sie gern direkt in Teams.");
    public static readonly Text ContactTold = new("Ich habe der Person, die das Material geteilt hat, Bescheid gegeben. Das Büro: {0}.");
    public static readonly Text ContactNotTold = new("Die Person, die das Material geteilt hat, konnte ich gerade nicht erreichen. Das Büro: {0}.");
    public static readonly Text NoOfficeContact = new("Für dieses Büro habe ich keine Kontaktdaten im Verzeichnis.");
    public static readonly Text ContactAlreadyTold = new("Der Person, die das Material geteilt hat, habe ich schon Bescheid gegeben. Das Büro: {0}.");
    public static readonly Text ContactYourself = new("Das ist Ihr eigenes Material.");
    public static readonly Text Someone = new("Eine Kollegin oder ein Kollege aus dem Netzwerk");

    // Link check
    public static readonly Text LinkFailingTitle = new("Link nicht erreichbar");
    public static readonly Text LinkFailing = new("Der Link Ihres Materials {0} „{1}“ ist nicht mehr erreichbar. Bitte **Bearbeiten** und den Link erneuern, oder **Zurückziehen**. Ich melde mich deswegen nur einmal.");

    // Meine Daten
    public static readonly Text MyDataNone = new("**Materialbörse:** keine geteilten Materialien.");
    public static readonly Text MyData = new("**Materialbörse:** {0} geteilte(s) Material(ien) (Titel, Art, Themen, Region, Jahr, Link, Beschreibung; ohne Ihren Namen):");
    public static readonly Text MyDataLine = new("- {0} „{1}“ ({2}){3}");
    public static readonly Text MyDataContacts = new("- „Kontakt aufnehmen“ bei {0} Material(ien) (welches Material, wann; damit die Person, die es geteilt hat, nur einmal benachrichtigt wird)");
    public static readonly Text MyDataWithdrawn = new(" – zurückgezogen");

    public static Text PiiName(PiiCategory category) => category switch
    {
        PiiCategory.Email => PiiEmail,
        PiiCategory.Phone => PiiPhone,
        PiiCategory.Iban => PiiIban,
        PiiCategory.Address => PiiAddress,
        _ => PiiPerson,
    };
}
