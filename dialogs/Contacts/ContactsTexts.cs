namespace NrwBot.Dialogs.Contacts;

/// <summary>Every sentence of the contacts feature, in one place so the LKS can reword it.</summary>
public static class ContactsTexts
{
    // Contact cards
    public const string RoleLabel = "Rolle";
    public const string OrganisationLabel = "Organisation";
    public const string RegionLabel = "Region";
    public const string TopicsLabel = "Themen";
    public const string EmailLabel = "E-Mail";
    public const string PhoneLabel = "Telefon";
    public const string NearnessLabel = "Nähe";
    public const string TeamsChat = "Chat in Teams";
    public const string EmailLink = "E-Mail";
    public const string PhoneLink = "Anrufen";
    public const string EmailAll = "E-Mail an alle";
    public const string WholeNrw = "ganz NRW";
    public const string RegierungsbezirkName = "Regierungsbezirk {0}";
    public const string SampleNote = "Beispieldaten: Diese Person ist erfunden.";
    public const string SampleListNote = "Beispieldaten: Alle Personen in dieser Liste sind erfunden.";

    // How near a peer is
    public const string SameKreis = "gleicher Kreis";
    public const string SameStadt = "gleiche Stadt";
    public const string SameBezirk = "gleicher Regierungsbezirk ({0})";
    public const string OtherBezirk = "anderer Regierungsbezirk ({0})";
    public const string HeadingSameRegion = "Gleiche Region: {0}";
    public const string HeadingSameBezirk = "Gleicher Regierungsbezirk: {0}";
    public const string HeadingElsewhere = "Übriges NRW";
    public const string HeadingBezirk = "Regierungsbezirk {0}";

    // Contacts for a place
    public const string ContactsTitle = "Ansprechpersonen";
    public const string ContactsForRegion = "Für **{0}** (Regierungsbezirk {1}) sind zuständig:";
    public const string ContactsForGemeinde = "**{0}** liegt {1} (Regierungsbezirk {2}). Zuständig sind:";
    public const string FromProfile = "Laut Ihrem Profil arbeiten Sie {0}.";
    public const string Understood = "Ich habe „{0}“ als **{1}** verstanden.";
    public const string NoLocalOffice = "Ein lokales NRWeltoffen-Büro {0} ist noch nicht im Verzeichnis eingetragen.";
    public const string LksOffer = "Fragen an die LKS? Wählen Sie ein Thema:";
    public const string LksButton = "LKS: {0}";

    // Asking back
    public const string NeedRegion = "Dafür brauche ich Ihre Region. Legen Sie kurz Ihr Profil an – oder nennen Sie den Ort direkt, z. B. „Ansprechpartner im Kreis Düren“.";
    public const string NeedRegionButton = "Region angeben";
    public const string AmbiguousPlace = "„{0}“ kann mehreres bedeuten. Welchen Ort meinen Sie?";
    public const string PlaceOption = "{0} ({1})";
    public const string UnknownContact = "Diesen Kontakt gibt es nicht mehr im Verzeichnis. Schreiben Sie **Kontaktliste**, um die aktuelle Liste zu sehen.";
    public const string UnknownChoice = "Diese Auswahl kann ich nicht mehr zuordnen. Bitte stellen Sie Ihre Frage noch einmal.";

    // Mobile Beratung
    public const string MobileBeratungTitle = "Mobile Beratung gegen Rechtsextremismus";
    public const string MobileBeratungFor = "Für **{0}** ist die Mobile Beratung im Regierungsbezirk {1} zuständig:";
    public const string MobileBeratungChoose = "Die Mobile Beratung gibt es in jedem Regierungsbezirk. Welche suchen Sie?";
    public const string MobileBeratungOption = "Regierungsbezirk {0}";

    // Contact lists
    public const string ListTitle = "Kontaktliste {0}";
    public const string ListTitlePlain = "Kontaktliste";
    public const string ListIntro = "{0} Kontakte. Mit **E-Mail an alle** öffnen Sie eine E-Mail an alle Adressen auf einmal.";
    public const string ListIntroSingle = "1 Kontakt.";
    public const string ListLine = "- **{0}**, {1}, {2} ({3}) · {4}{5}";
    public const string ListPhone = " · {0}";
    public const string ListEmpty = "Für {0} sind noch keine Kontakte eingetragen.";
    public const string ListOwnRegion = "Ihre Region laut Profil: {0}. Die Liste zeigt den ganzen Regierungsbezirk {1}.";
    public const string ListWholeBezirk = "Ganzer Regierungsbezirk {0}";
    public const string ListChooseBezirk = "Für welchen Regierungsbezirk soll ich die Kontaktliste zeigen? (Mit Ihrem Profil nehme ich Ihren automatisch.)";

    // Peers by topic
    public const string PeersTitle = "Wer arbeitet zu {0}?";
    public const string PeersFrom = "Diese Büros arbeiten zu **{0}**, von {1} aus gesehen die nächsten zuerst:";
    public const string PeersNoHome = "Diese Büros arbeiten zu **{0}**. (Mit Ihrem Profil zeige ich die nächsten zuerst.)";
    public const string PeerLine = "- **{0}**, {1}: {2}";
    public const string NoPeers = "Zu **{0}** hat noch kein lokales Büro dieses Thema eingetragen. Die LKS hilft Ihnen bei der Vernetzung:";
    public const string AskTopic = "Zu welchem Thema suchen Sie Kolleginnen und Kollegen? Zum Beispiel: {0}.";
    public const string AskTopicTitle = "Kolleginnen und Kollegen finden";

    // The LKS
    public const string LksTitle = "Das LKS-Team";
    public const string LksTopicIntro = "**{0}** ist ein Arbeitsbereich der LKS. Ansprechpartner*in:";
    public const string LksTeamIntro = "Die LKS (Landeskoordinierungsstelle) ist für ganz NRW da. Zu welchem Thema suchen Sie jemanden?";
    public const string HumanTitle = "Mit der LKS sprechen";
    public const string HumanForTopic = "Dazu spricht am besten ein Mensch mit Ihnen. Bei der LKS ist für **{0}** zuständig:";
    public const string HumanGeneral = "Dazu spricht am besten ein Mensch mit Ihnen. Wählen Sie das Thema, dann zeige ich die richtige Person bei der LKS:";
}
