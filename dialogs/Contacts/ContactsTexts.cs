namespace NrwBot.Dialogs.Contacts;

/// <summary>Every sentence of the contacts feature, in one place so the LKS can reword it.</summary>
public static class ContactsTexts
{
    // Contact cards
    public static readonly Text RoleLabel = new("Rolle");
    public static readonly Text OrganisationLabel = new("Organisation");
    public static readonly Text RegionLabel = new("Region");
    public static readonly Text TopicsLabel = new("Themen");
    public static readonly Text EmailLabel = new("E-Mail");
    public static readonly Text PhoneLabel = new("Telefon");
    public static readonly Text NearnessLabel = new("Nähe");
    public static readonly Text TeamsChat = new("Chat in Teams");
    public static readonly Text EmailLink = new("E-Mail");
    public static readonly Text PhoneLink = new("Anrufen");
    public static readonly Text EmailAll = new("E-Mail an alle");
    public static readonly Text WholeNrw = new("ganz NRW");
    public static readonly Text RegierungsbezirkName = new("Regierungsbezirk {0}");
    public static readonly Text SampleNote = new("Beispieldaten: Diese Person ist erfunden.");
    public static readonly Text SampleListNote = new("Beispieldaten: Alle Personen in dieser Liste sind erfunden.");

    // How near a peer is
    public static readonly Text SameKreis = new("gleicher Kreis");
    public static readonly Text SameStadt = new("gleiche Stadt");
    public static readonly Text SameBezirk = new("gleicher Regierungsbezirk ({0})");
    public static readonly Text OtherBezirk = new("anderer Regierungsbezirk ({0})");
    public static readonly Text HeadingSameRegion = new("Gleiche Region: {0}");
    public static readonly Text HeadingSameBezirk = new("Gleicher Regierungsbezirk: {0}");
    public static readonly Text HeadingElsewhere = new("Übriges NRW");
    public static readonly Text HeadingBezirk = new("Regierungsbezirk {0}");

    // Contacts for a place
    public static readonly Text ContactsTitle = new("Ansprechpersonen");
    public static readonly Text ContactsForRegion = new("Für **{0}** (Regierungsbezirk {1}) sind zuständig:");
    public static readonly Text ContactsForGemeinde = new("**{0}** liegt {1} (Regierungsbezirk {2}). Zuständig sind:");
    public static readonly Text FromProfile = new("Laut Ihrem Profil arbeiten Sie {0}.");
    public static readonly Text Understood = new("Ich habe „{0}“ als **{1}** verstanden.");
    public static readonly Text NoLocalOffice = new("Ein lokales NRWeltoffen-Büro {0} ist noch nicht im Verzeichnis eingetragen.");
    public static readonly Text LksOffer = new("Fragen an die LKS? Wählen Sie ein Thema:");
    public static readonly Text LksButton = new("LKS: {0}");

    // Asking back
    public static readonly Text NeedRegion = new("Dafür brauche ich Ihre Region. Legen Sie kurz Ihr Profil an – oder nennen Sie den Ort direkt, z. B. „Ansprechpartner im Kreis Düren“.");
    public static readonly Text NeedRegionButton = new("Region angeben");
    public static readonly Text AmbiguousPlace = new("„{0}“ kann mehreres bedeuten. Welchen Ort meinen Sie?");
    public static readonly Text PlaceOption = new("{0} ({1})");
    public static readonly Text UnknownContact = new("Diesen Kontakt gibt es nicht mehr im Verzeichnis. Schreiben Sie **Kontaktliste**, um die aktuelle Liste zu sehen.");
    public static readonly Text UnknownChoice = new("Diese Auswahl kann ich nicht mehr zuordnen. Bitte stellen Sie Ihre Frage noch einmal.");

    // Mobile Beratung
    public static readonly Text MobileBeratungTitle = new("Mobile Beratung gegen Rechtsextremismus");
    public static readonly Text MobileBeratungFor = new("Für **{0}** ist die Mobile Beratung im Regierungsbezirk {1} zuständig:");
    public static readonly Text MobileBeratungChoose = new("Die Mobile Beratung gibt es in jedem Regierungsbezirk. Welche suchen Sie?");
    public static readonly Text MobileBeratungOption = new("Regierungsbezirk {0}");

    // Contact lists
    public static readonly Text ListTitle = new("Kontaktliste {0}");
    public static readonly Text ListTitlePlain = new("Kontaktliste");
    public static readonly Text ListIntro = new("{0} Kontakte. Mit **E-Mail an alle** öffnen Sie eine E-Mail an alle Adressen auf einmal.");
    public static readonly Text ListIntroSingle = new("1 Kontakt.");
    public static readonly Text ListLine = new("- **{0}**, {1}, {2} ({3}) · {4}{5}");
    public static readonly Text ListPhone = new(" · {0}");
    public static readonly Text ListEmpty = new("Für {0} sind noch keine Kontakte eingetragen.");
    public static readonly Text ListOwnRegion = new("Ihre Region laut Profil: {0}. Die Liste zeigt den ganzen Regierungsbezirk {1}.");
    public static readonly Text ListWholeBezirk = new("Ganzer Regierungsbezirk {0}");
    public static readonly Text ListChooseBezirk = new("Für welchen Regierungsbezirk soll ich die Kontaktliste zeigen? (Mit Ihrem Profil nehme ich Ihren automatisch.)");

    // Peers by topic
    public static readonly Text PeersTitle = new("Wer arbeitet zu {0}?");
    public static readonly Text PeersFrom = new("Diese Büros arbeiten zu **{0}**, von {1} aus gesehen die nächsten zuerst:");
    public static readonly Text PeersNoHome = new("Diese Büros arbeiten zu **{0}**. (Mit Ihrem Profil zeige ich die nächsten zuerst.)");
    public static readonly Text PeerLine = new("- **{0}**, {1}: {2}");
    public static readonly Text PoolPeerLine = new("- **{0}**, {1} (Kompetenzpool): {2}");
    public static readonly Text PoolNote = new("Einträge mit „Kompetenzpool“ haben Kolleginnen und Kollegen selbst angelegt; Ihr eigenes Profil: **Mein Kompetenzprofil**.");
    public static readonly Text PeersYourQuestion = new("Ihrer Frage");
    public static readonly Text PeersTitleFree = new("Wer kennt sich damit aus?");
    public static readonly Text NoPeers = new("Zu **{0}** hat noch kein lokales Büro dieses Thema eingetragen. Die LKS hilft Ihnen bei der Vernetzung:");
    public static readonly Text AskTopic = new("Zu welchem Thema suchen Sie Kolleginnen und Kollegen? Zum Beispiel: {0}.");
    public static readonly Text AskTopicTitle = new("Kolleginnen und Kollegen finden");

    // The LKS
    public static readonly Text LksTitle = new("Das LKS-Team");
    public static readonly Text LksTopicIntro = new("**{0}** ist ein Arbeitsbereich der LKS. Ansprechpartner*in:");
    public static readonly Text LksTeamIntro = new("Die LKS (Landeskoordinierungsstelle) ist für ganz NRW da. Zu welchem Thema suchen Sie jemanden?");
    public static readonly Text HumanTitle = new("Mit der LKS sprechen");
    public static readonly Text HumanForTopic = new("Dazu spricht am besten ein Mensch mit Ihnen. Bei der LKS ist für **{0}** zuständig:");
    public static readonly Text HumanGeneral = new("Dazu spricht am besten ein Mensch mit Ihnen. Wählen Sie das Thema, dann zeige ich die richtige Person bei der LKS:");

    // Content check of the contacts file (the file name is added by the caller)
    public static readonly Text FileUnknownRegion = new("{0}: region „{1}“ ist kein Kreis und keine kreisfreie Stadt aus places/nrw-places.json.");
    public static readonly Text FileUnknownRegionGuess = new("{0}: region „{1}“ ist kein Kreis und keine kreisfreie Stadt aus places/nrw-places.json (meinten Sie „{2}“?).");
    public static readonly Text FileSampleDataMissing = new("„beispieldaten: true“ oder „beispieldaten: false“ fehlt.");
    public static readonly Text FileTopicWhere = new("Thema „{0}“");
    public static readonly Text FileBadId = new("{0}: id fehlt oder enthält Großbuchstaben/Leerzeichen.");
    public static readonly Text FileDuplicateId = new("{0}: id kommt doppelt vor.");
    public static readonly Text FileNameMissing = new("{0}: name fehlt.");
    public static readonly Text FileBadArea = new("{0}: bereich muss „lks“ oder „handlungsfeld“ sein.");
    public static readonly Text FileKeywordTaken = new("{0}: Stichwort „{1}“ gehört schon zu „{2}“.");
    public static readonly Text FileContactWhere = new("Kontakt „{0}“");
    public static readonly Text FileBadKind = new("{0}: art muss „lks“, „mobile-beratung“ oder „lokal“ sein.");
    public static readonly Text FileBadPhone = new("{0}: telefon „{1}“ ist keine Telefonnummer.");
    public static readonly Text FileUnknownTopic = new("{0}: unbekanntes Thema „{1}“.");
    public static readonly Text FileNotLksTopic = new("{0}: „{1}“ ist kein Arbeitsbereich der LKS.");
    public static readonly Text FileLksWithoutTopic = new("{0}: ein LKS-Kontakt braucht mindestens ein Thema.");
    public static readonly Text FileBadBezirk = new("{0}: regierungsbezirk muss einer von {1} sein.");
    public static readonly Text FileLksWithRegion = new("{0}: die LKS hat keine region und keinen regierungsbezirk.");
    public static readonly Text FileMobileBeratungCount = new("Für den Regierungsbezirk {0} muss genau eine Mobile Beratung eingetragen sein (gefunden: {1}).");
    public static readonly Text FileLksTopicWithoutPerson = new("Für das LKS-Thema „{0}“ ist niemand aus der LKS eingetragen.");
    public static readonly Text FileDuplicateContactId = new("Kontakt-id „{0}“ kommt doppelt vor.");
    public static readonly Text FileFieldMissing = new("{0}: {1} fehlt.");
    public static readonly Text FileBadAddress = new("{0}: {1} „{2}“ ist keine gültige Adresse.");
    public static readonly Text FileSampleAddress = new("{0}: {1} „{2}“: Beispieldaten dürfen nur Adressen unter example.org verwenden.");
}
