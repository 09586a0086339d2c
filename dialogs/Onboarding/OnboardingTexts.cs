namespace NrwBot.Dialogs.Onboarding;

/// <summary>Every sentence of the onboarding feature, in one place so the LKS can reword it.</summary>
public static class OnboardingTexts
{
    public static readonly Text MyDataNone = new("**Einarbeitung:** nicht begonnen");
    public static readonly Text MyDataProgress = new("**Einarbeitung:** {0} von {1} Schritten erledigt, Erinnerungen {2}, Fortschritt mit der LKS geteilt: {3}");
    public static readonly Text On = new("an");
    public static readonly Text Off = new("aus");

    // Offer and start
    public static readonly Text OfferTitle = new("Neu im Programm?");
    public static readonly Text Offer = new("Als neue Fachkraft begleite ich Sie gern durch Ihre Einarbeitung: {0} kurze Schritte (zusammen {1}) – vom Programm und der Förderrichtlinie bis zu Ihren Ansprechpersonen. In Ihrem Tempo, Sie können jederzeit unterbrechen.");
    public static readonly Text OfferStart = new("Einarbeitung starten");
    public static readonly Text OfferLater = new("Später");
    public static readonly Text OfferLaterReply = new("Gern, jederzeit mit **Einarbeitung starten**.");
    public static readonly Text StartTitle = new("Ihre Einarbeitung");
    public static readonly Text StartText = new("Schön, dass Sie dabei sind! Die Einarbeitung hat **{0} Schritte**, zusammen {1}. Jeder Schritt endet mit einer kurzen Frage oder Aufgabe.\n\nSo geht es: **Erledigt** hakt einen Schritt ab, **Später** lässt ihn offen, **Frage dazu** hilft weiter. Mit **Einarbeitung** geht es beim nächsten offenen Schritt weiter, **Einarbeitung Status** zeigt Ihren Stand. Schritte dürfen Sie in beliebiger Reihenfolge erledigen.");
    public static readonly Text StartReminderNote = new("Wenn Sie {0} Tage nicht weitergekommen sind, erinnere ich Sie einmal freundlich (werktags tagsüber). Abschalten mit **Erinnerungen aus**.");
    public static readonly Text ShareQuestion = new("Die LKS sieht nur Zahlen (wie viele angefangen und abgeschlossen haben). Möchten Sie, dass sie Ihren Stand mit Namen sieht, um Ihnen gezielt zu helfen? Sie können das jederzeit ändern.");
    public static readonly Text ShareOnButton = new("Stand mit der LKS teilen");
    public static readonly Text AlreadyStarted = new("Sie sind schon dabei – {0} von {1} Schritten erledigt. Hier geht es weiter:");
    public static readonly Text NotStarted = new("Sie haben die Einarbeitung noch nicht begonnen.");
    public static readonly Text StartButton = new("Einarbeitung starten");

    // Step card
    public static readonly Text StepTitle = new("Schritt {0} von {1}: {2}");
    public static readonly Text MinutesLabel = new("Dauer");
    public static readonly Text MinutesValue = new("etwa {0} Minuten");
    public static readonly Text HoursValue = new("etwa {0:0.#} Stunden");
    public static readonly Text ProgressLabel = new("Fortschritt");
    public static readonly Text QuestionLead = new("**Frage zum Nachdenken:** {0}");
    public static readonly Text TaskLead = new("**Ihre Aufgabe:** {0}");
    public static readonly Text AlreadyDone = new("✅ Diesen Schritt haben Sie am {0} erledigt.");
    public static readonly Text DoneButton = new("Erledigt");
    public static readonly Text LaterButton = new("Später");
    public static readonly Text QuestionButton = new("Frage dazu");
    public static readonly Text ArticleButton = new("Wissen: {0}");
    public static readonly Text SampleNote = new("Beispielinhalt: von der LKS noch zu prüfen. Links auf example.org sind Platzhalter.");

    // After a step
    public static readonly Text DoneReply = new("✅ **{0}** ist erledigt ({1} von {2}).");
    public static readonly Text AnswerHint = new("Zur Frage: {0}");
    public static readonly Text LaterReply = new("Kein Problem – **{0}** bleibt offen. Sie finden ihn jederzeit unter **Einarbeitung Status**.");
    public static readonly Text LaterNext = new("Wie wäre es stattdessen mit diesem Schritt?");
    public static readonly Text UnknownStep = new("Diesen Schritt gibt es nicht (mehr). Schreiben Sie **Einarbeitung Status** für die Übersicht.");
    public static readonly Text StepNumberHint = new("Einen bestimmten Schritt öffnen Sie mit **Einarbeitung Schritt** und der Nummer, z. B. „Einarbeitung Schritt 7“.");

    // Question about a step
    public static readonly Text QuestionTitle = new("Frage zu: {0}");
    public static readonly Text QuestionText = new("Schreiben Sie Ihre Frage einfach hier in den Chat – ich suche in der Wissensdatenbank. Passt nichts, geben Sie die Frage an die LKS weiter.");
    public static readonly Text SearchButton = new("In der Wissensdatenbank suchen");
    public static readonly Text AskLksButton = new("Frage an die LKS");
    public static readonly Text RequestContext = new("Einarbeitung, Schritt „{0}“");

    // Status
    public static readonly Text StatusTitle = new("Ihre Einarbeitung");
    public static readonly Text StatusBar = new("{0} **{1}/{2}** erledigt");
    public static readonly Text StatusDoneLine = new("- ✅ Schritt {0}: {1}");
    public static readonly Text StatusOpenLine = new("- ⬜ Schritt {0}: {1}");
    public static readonly Text StatusNext = new("Als Nächstes: **{0}** (etwa {1} Minuten)");
    public static readonly Text StatusComplete = new("Alle Schritte sind erledigt – herzlichen Glückwunsch!");
    public static readonly Text ContinueButton = new("Weiter");
    public static readonly Text OpenStepButton = new("Schritt {0}: {1}");
    public static readonly Text StatusRemindersOff = new("Erinnerungen sind ausgeschaltet (**Erinnerungen an** schaltet sie wieder ein).");
    public static readonly Text StatusShared = new("Die LKS sieht Ihren Stand mit Namen (**Fortschritt nicht teilen** beendet das).");

    // Reset
    public static readonly Text ResetQuestion = new("Möchten Sie Ihre Einarbeitung wirklich zurücksetzen? Alle {0} erledigten Schritte sind danach wieder offen.");
    public static readonly Text ResetConfirm = new("Ja, zurücksetzen");
    public static readonly Text ResetCancel = new("Nein, behalten");
    public static readonly Text ResetDone = new("Ich habe Ihre Einarbeitung zurückgesetzt. Wir beginnen von vorn:");
    public static readonly Text ResetKept = new("Gut, Ihr Stand bleibt, wie er ist.");
    public static readonly Text NothingToReset = new("Es gibt noch nichts zurückzusetzen – Sie haben die Einarbeitung noch nicht begonnen.");

    // Reminders and sharing
    public static readonly Text RemindersOff = new("In Ordnung, ich erinnere Sie nicht mehr an die Einarbeitung. Mit **Erinnerungen an** schalten Sie sie wieder ein.");
    public static readonly Text RemindersOn = new("Gern: Wenn Sie {0} Tage nicht weitergekommen sind, erinnere ich Sie einmal (werktags tagsüber, höchstens einmal pro Woche).");
    public static readonly Text RemindersNoOnboarding = new("Erinnerungen gibt es nur während der Einarbeitung. Starten Sie sie mit **Einarbeitung starten**.");
    public static readonly Text ReminderTitle = new("Ihre Einarbeitung wartet");
    public static readonly Text ReminderText = new("Hallo! Sie haben {0} von {1} Schritten geschafft – schön, dass Sie dabei sind. Wenn Sie eine Viertelstunde Zeit haben: Als Nächstes kommt **{2}** (etwa {3} Minuten).");
    public static readonly Text ReminderOffButton = new("Erinnerungen aus");
    public static readonly Text ReminderOffNote = new("Diese Erinnerung kommt höchstens einmal pro Woche. Abschalten mit „Erinnerungen aus“.");
    public static readonly Text ShareOn = new("Danke! Die LKS sieht Ihren Stand jetzt mit Ihrem Namen und Ihrer Region. Mit **Fortschritt nicht teilen** beenden Sie das jederzeit.");
    public static readonly Text ShareOff = new("In Ordnung, die LKS sieht Ihren Stand nicht mehr mit Namen, nur in den Gesamtzahlen. Ihr Name ist aus der Einarbeitung gelöscht.");

    // Contacts step
    public static readonly Text ContactsTitle = new("Ihre Ansprechpersonen");
    public static readonly Text ContactsIntro = new("Für **{0}** (Regierungsbezirk {1}): die Mobile Beratung Ihres Bezirks und das LKS-Team.");
    public static readonly Text NeighboursTitle = new("Nachbarbüros im Regierungsbezirk {0}");
    public static readonly Text NeighboursIntro = new("Diese Büros arbeiten schon länger im Programm – gute Adressen für den kollegialen Austausch.");
    public static readonly Text NoNeighbours = new("Im Regierungsbezirk {0} ist noch kein anderes Büro im Verzeichnis eingetragen.");
    public static readonly Text NeedRegion = new("Ihre persönlichen Ansprechpersonen kann ich zeigen, sobald ich Ihre Region kenne. Legen Sie dazu kurz Ihr Profil an.");
    public static readonly Text NeedRegionButton = new("Profil anlegen");

    // Completion
    public static readonly Text CompleteTitle = new("Einarbeitung abgeschlossen 🎉");
    public static readonly Text CompleteText = new("Herzlichen Glückwunsch! Sie haben alle {0} Schritte erledigt. Das haben Sie kennengelernt:");
    public static readonly Text CompleteLine = new("- ✅ {0}");
    public static readonly Text CompleteClosing = new("Die Inhalte finden Sie jederzeit wieder mit **Einarbeitung Schritt** und der Nummer.");
    public static readonly Text MobileBeratungLabel = new("Mobile Beratung");
    public static readonly Text LksLabel = new("LKS");
    public static readonly Text NeighboursLabel = new("Nachbarbüros");
    public static readonly Text ContactFact = new("{0} ({1})");
    public static readonly Text PeerOfferTitle = new("Eine erfahrene Kollegin, ein erfahrener Kollege?");
    public static readonly Text PeerOffer = new("Möchten Sie jemanden aus einem erfahrenen Büro im Regierungsbezirk {0} kennenlernen? Ich stelle Sie beide einander vor.");
    public static readonly Text PeerButton = new("Mit {0} ({1}) bekannt machen");
    public static readonly Text PeerNoButton = new("Nein, danke");
    public static readonly Text PeerNoReply = new("Gern. Wenn Sie später Kontakt suchen: **Kontaktliste** zeigt alle Büros in Ihrer Region.");

    // Introduction
    public static readonly Text IntroTitle = new("Darf ich vorstellen?");
    public static readonly Text IntroToPeer = new("Hallo {0}, darf ich vorstellen: **{1}** hat gerade die Einarbeitung als Fachkraft {2} abgeschlossen und würde sich über einen kurzen kollegialen Austausch mit Ihnen freuen. {1} meldet sich bei Ihnen – oder Sie schreiben einfach zuerst.");
    public static readonly Text IntroToUser = new("Ich habe **{0}** ({1}) Ihre Vorstellung geschickt. Melden Sie sich am besten direkt – per Chat oder E-Mail:");
    public static readonly Text IntroNoConversation = new("{0} hat NrwBot noch nicht genutzt, deshalb kann ich keine Nachricht schicken. Schreiben Sie am besten direkt eine E-Mail – ein Entwurf ist vorbereitet:");
    public static readonly Text IntroAlready = new("Sie wurden bereits mit {0} bekannt gemacht. Hier noch einmal die Kontaktdaten:");
    public static readonly Text IntroEmailButton = new("E-Mail an {0}");
    public static readonly Text IntroEmailSubject = new("Kennenlernen im Programm NRWeltoffen");
    public static readonly Text IntroEmailBody = new("Hallo {0},\n\nich bin {1} und arbeite neu als Fachkraft {2} im Programm NRWeltoffen. Ich würde mich über einen kurzen Austausch mit Ihnen freuen.\n\nViele Grüße\n{1}");
    public static readonly Text IntroUnknownPeer = new("Diese Person kann ich leider nicht mehr zuordnen. Schreiben Sie **Kontaktliste**, um die Büros in Ihrer Region zu sehen.");
    public static readonly Text NewColleague = new("eine neue Kollegin oder ein neuer Kollege");
    public static readonly Text InRegionUnknown = new("in NRW");

    // Progress bar: one cell per step
    public const char BarDone = '█';
    public const char BarOpen = '░';

    // Content check of the onboarding steps (file and line are added by the caller)
    public static readonly Text FileBadPersonal = new("personal kann nur „contacts“ sein.");
    public static readonly Text FileTooManyButtons = new("Höchstens {0} Artikel und Links zusammen (mehr Schaltflächen zeigt Teams nicht an).");
    public static readonly Text FileHeadNotClosed = new("Der Kopf wird nicht mit einer Zeile „---“ abgeschlossen.");
    public static readonly Text FileNoHead = new("Die Datei muss mit einer Zeile „---“ beginnen (Kopf mit id, title, order …).");
    public static readonly Text FileNoBody = new("Unter dem Kopf fehlt der Text des Schritts.");
    public static readonly Text FileHeadNotFields = new("Der Kopf muss aus Feldern wie „id: …“ bestehen.");
    public static readonly Text FileHeadUnfinished = new("Der Kopf endet mitten in einer Liste oder einem Text: fehlt eine schließende Klammer oder ein Anführungszeichen?");
    public static readonly Text FileNoCheck = new("Feld „check“ fehlt (kind: question oder task, text: …).");
    public static readonly Text FileBadCheck = new("check braucht die Felder kind, text und optional answer.");
    public static readonly Text FileBadCheckKind = new("check.kind muss „question“ (Frage) oder „task“ (Aufgabe) sein.");
    public static readonly Text FileBadLink = new("Jeder Link braucht title und url.");
    public static readonly Text FileBadUrl = new("url „{0}“ muss mit https:// oder mailto: beginnen.");
    public static readonly Text FileBadArticles = new("articles ist eine Liste von Artikel-ids.");
    public static readonly Text FileUnknownArticle = new("Artikel „{0}“ gibt es in der Wissensdatenbank nicht.");
    public static readonly Text FileMustBeList = new("{0} muss eine Liste sein.");
    public static readonly Text FileBadNumber = new("{0} muss eine ganze Zahl von {1} bis {2} sein (gefunden: „{3}“).");
}
