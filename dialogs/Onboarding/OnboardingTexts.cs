namespace NrwBot.Dialogs.Onboarding;

/// <summary>Every sentence of the onboarding feature, in one place so the LKS can reword it.</summary>
public static class OnboardingTexts
{
    // Commands users type (matched exactly, case-insensitive)
    public const string MyDataNone = "**Einarbeitung:** nicht begonnen";
    public const string MyDataProgress = "**Einarbeitung:** {0} von {1} Schritten erledigt, Erinnerungen {2}, Fortschritt mit der LKS geteilt: {3}";
    public const string On = "an";
    public const string Off = "aus";
    public const string Yes = "ja";
    public const string No = "nein";

    public static readonly string[] StartWords = ["einarbeitung starten", "onboarding starten", "start onboarding"];
    public static readonly string[] ResumeWords = ["einarbeitung", "onboarding", "einarbeitung fortsetzen", "weiter mit der einarbeitung"];
    public static readonly string[] StatusWords = ["einarbeitung status", "einarbeitung stand", "status einarbeitung", "onboarding status"];
    public static readonly string[] ResetWords = ["einarbeitung zurücksetzen", "einarbeitung zuruecksetzen", "einarbeitung neu starten"];
    public static readonly string[] RemindersOffWords = ["erinnerungen aus", "erinnerungen ausschalten", "keine erinnerungen"];
    public static readonly string[] RemindersOnWords = ["erinnerungen an", "erinnerungen einschalten"];
    public static readonly string[] ShareOnWords = ["fortschritt teilen", "einarbeitung teilen"];
    public static readonly string[] ShareOffWords = ["fortschritt nicht teilen", "einarbeitung nicht teilen"];

    /// <summary>"Einarbeitung Schritt 5" or "Einarbeitung Schritt datenschutz".</summary>
    public const string StepPattern = @"^(?:einarbeitung|onboarding)\s+schritt\s+(?<step>[a-z0-9-]+)[.!]?$";

    // Offer and start
    public const string OfferTitle = "Neu im Programm?";
    public const string Offer = "Als neue Fachkraft begleite ich Sie gern durch Ihre Einarbeitung: {0} kurze Schritte (zusammen {1}) – vom Programm und der Förderrichtlinie bis zu Ihren Ansprechpersonen. In Ihrem Tempo, Sie können jederzeit unterbrechen.";
    public const string OfferStart = "Einarbeitung starten";
    public const string OfferLater = "Später";
    public const string OfferLaterReply = "Gern, jederzeit mit **Einarbeitung starten**.";
    public const string StartTitle = "Ihre Einarbeitung";
    public const string StartText = "Schön, dass Sie dabei sind! Die Einarbeitung hat **{0} Schritte**, zusammen {1}. Jeder Schritt endet mit einer kurzen Frage oder Aufgabe.\n\nSo geht es: **Erledigt** hakt einen Schritt ab, **Später** lässt ihn offen, **Frage dazu** hilft weiter. Mit **Einarbeitung** geht es beim nächsten offenen Schritt weiter, **Einarbeitung Status** zeigt Ihren Stand. Schritte dürfen Sie in beliebiger Reihenfolge erledigen.";
    public const string StartReminderNote = "Wenn Sie {0} Tage nicht weitergekommen sind, erinnere ich Sie einmal freundlich (werktags tagsüber). Abschalten mit **Erinnerungen aus**.";
    public const string ShareQuestion = "Die LKS sieht nur Zahlen (wie viele angefangen und abgeschlossen haben). Möchten Sie, dass sie Ihren Stand mit Namen sieht, um Ihnen gezielt zu helfen? Sie können das jederzeit ändern.";
    public const string ShareOnButton = "Stand mit der LKS teilen";
    public const string AlreadyStarted = "Sie sind schon dabei – {0} von {1} Schritten erledigt. Hier geht es weiter:";
    public const string NotStarted = "Sie haben die Einarbeitung noch nicht begonnen.";
    public const string StartButton = "Einarbeitung starten";

    // Step card
    public const string StepTitle = "Schritt {0} von {1}: {2}";
    public const string MinutesLabel = "Dauer";
    public const string MinutesValue = "etwa {0} Minuten";
    public const string HoursValue = "etwa {0:0.#} Stunden";
    public const string ProgressLabel = "Fortschritt";
    public const string QuestionLead = "**Frage zum Nachdenken:** {0}";
    public const string TaskLead = "**Ihre Aufgabe:** {0}";
    public const string AlreadyDone = "✅ Diesen Schritt haben Sie am {0} erledigt.";
    public const string DoneButton = "Erledigt";
    public const string LaterButton = "Später";
    public const string QuestionButton = "Frage dazu";
    public const string ArticleButton = "Wissen: {0}";
    public const string SampleNote = "Beispielinhalt: von der LKS noch zu prüfen. Links auf example.org sind Platzhalter.";

    // After a step
    public const string DoneReply = "✅ **{0}** ist erledigt ({1} von {2}).";
    public const string AnswerHint = "Zur Frage: {0}";
    public const string LaterReply = "Kein Problem – **{0}** bleibt offen. Sie finden ihn jederzeit unter **Einarbeitung Status**.";
    public const string LaterNext = "Wie wäre es stattdessen mit diesem Schritt?";
    public const string UnknownStep = "Diesen Schritt gibt es nicht (mehr). Schreiben Sie **Einarbeitung Status** für die Übersicht.";
    public const string StepNumberHint = "Einen bestimmten Schritt öffnen Sie mit **Einarbeitung Schritt** und der Nummer, z. B. „Einarbeitung Schritt 7“.";

    // Question about a step
    public const string QuestionTitle = "Frage zu: {0}";
    public const string QuestionText = "Schreiben Sie Ihre Frage einfach hier in den Chat – ich suche in der Wissensdatenbank. Passt nichts, geben Sie die Frage an die LKS weiter.";
    public const string SearchButton = "In der Wissensdatenbank suchen";
    public const string AskLksButton = "Frage an die LKS";
    public const string RequestContext = "Einarbeitung, Schritt „{0}“";

    // Status
    public const string StatusTitle = "Ihre Einarbeitung";
    public const string StatusBar = "{0} **{1}/{2}** erledigt";
    public const string StatusDoneLine = "- ✅ Schritt {0}: {1}";
    public const string StatusOpenLine = "- ⬜ Schritt {0}: {1}";
    public const string StatusNext = "Als Nächstes: **{0}** (etwa {1} Minuten)";
    public const string StatusComplete = "Alle Schritte sind erledigt – herzlichen Glückwunsch!";
    public const string ContinueButton = "Weiter";
    public const string OpenStepButton = "Schritt {0}: {1}";
    public const string StatusRemindersOff = "Erinnerungen sind ausgeschaltet (**Erinnerungen an** schaltet sie wieder ein).";
    public const string StatusShared = "Die LKS sieht Ihren Stand mit Namen (**Fortschritt nicht teilen** beendet das).";

    // Reset
    public const string ResetQuestion = "Möchten Sie Ihre Einarbeitung wirklich zurücksetzen? Alle {0} erledigten Schritte sind danach wieder offen.";
    public const string ResetConfirm = "Ja, zurücksetzen";
    public const string ResetCancel = "Nein, behalten";
    public const string ResetDone = "Ich habe Ihre Einarbeitung zurückgesetzt. Wir beginnen von vorn:";
    public const string ResetKept = "Gut, Ihr Stand bleibt, wie er ist.";
    public const string NothingToReset = "Es gibt noch nichts zurückzusetzen – Sie haben die Einarbeitung noch nicht begonnen.";

    // Reminders and sharing
    public const string RemindersOff = "In Ordnung, ich erinnere Sie nicht mehr an die Einarbeitung. Mit **Erinnerungen an** schalten Sie sie wieder ein.";
    public const string RemindersOn = "Gern: Wenn Sie {0} Tage nicht weitergekommen sind, erinnere ich Sie einmal (werktags tagsüber, höchstens einmal pro Woche).";
    public const string RemindersNoOnboarding = "Erinnerungen gibt es nur während der Einarbeitung. Starten Sie sie mit **Einarbeitung starten**.";
    public const string ReminderTitle = "Ihre Einarbeitung wartet";
    public const string ReminderText = "Hallo! Sie haben {0} von {1} Schritten geschafft – schön, dass Sie dabei sind. Wenn Sie eine Viertelstunde Zeit haben: Als Nächstes kommt **{2}** (etwa {3} Minuten).";
    public const string ReminderOffButton = "Erinnerungen aus";
    public const string ReminderOffNote = "Diese Erinnerung kommt höchstens einmal pro Woche. Abschalten mit „Erinnerungen aus“.";
    public const string ShareOn = "Danke! Die LKS sieht Ihren Stand jetzt mit Ihrem Namen und Ihrer Region. Mit **Fortschritt nicht teilen** beenden Sie das jederzeit.";
    public const string ShareOff = "In Ordnung, die LKS sieht Ihren Stand nicht mehr mit Namen, nur in den Gesamtzahlen. Ihr Name ist aus der Einarbeitung gelöscht.";

    // Contacts step
    public const string ContactsTitle = "Ihre Ansprechpersonen";
    public const string ContactsIntro = "Für **{0}** (Regierungsbezirk {1}): die Mobile Beratung Ihres Bezirks und das LKS-Team.";
    public const string NeighboursTitle = "Nachbarbüros im Regierungsbezirk {0}";
    public const string NeighboursIntro = "Diese Büros arbeiten schon länger im Programm – gute Adressen für den kollegialen Austausch.";
    public const string NoNeighbours = "Im Regierungsbezirk {0} ist noch kein anderes Büro im Verzeichnis eingetragen.";
    public const string NeedRegion = "Ihre persönlichen Ansprechpersonen kann ich zeigen, sobald ich Ihre Region kenne. Legen Sie dazu kurz Ihr Profil an.";
    public const string NeedRegionButton = "Profil anlegen";

    // Completion
    public const string CompleteTitle = "Einarbeitung abgeschlossen 🎉";
    public const string CompleteText = "Herzlichen Glückwunsch! Sie haben alle {0} Schritte erledigt. Das haben Sie kennengelernt:";
    public const string CompleteLine = "- ✅ {0}";
    public const string CompleteClosing = "Die Inhalte finden Sie jederzeit wieder mit **Einarbeitung Schritt** und der Nummer.";
    public const string MobileBeratungLabel = "Mobile Beratung";
    public const string LksLabel = "LKS";
    public const string NeighboursLabel = "Nachbarbüros";
    public const string ContactFact = "{0} ({1})";
    public const string PeerOfferTitle = "Eine erfahrene Kollegin, ein erfahrener Kollege?";
    public const string PeerOffer = "Möchten Sie jemanden aus einem erfahrenen Büro im Regierungsbezirk {0} kennenlernen? Ich stelle Sie beide einander vor.";
    public const string PeerButton = "Mit {0} ({1}) bekannt machen";
    public const string PeerNoButton = "Nein, danke";
    public const string PeerNoReply = "Gern. Wenn Sie später Kontakt suchen: **Kontaktliste** zeigt alle Büros in Ihrer Region.";

    // Introduction
    public const string IntroTitle = "Darf ich vorstellen?";
    public const string IntroToPeer = "Hallo {0}, darf ich vorstellen: **{1}** hat gerade die Einarbeitung als Fachkraft {2} abgeschlossen und würde sich über einen kurzen kollegialen Austausch mit Ihnen freuen. {1} meldet sich bei Ihnen – oder Sie schreiben einfach zuerst.";
    public const string IntroToUser = "Ich habe **{0}** ({1}) Ihre Vorstellung geschickt. Melden Sie sich am besten direkt – per Chat oder E-Mail:";
    public const string IntroNoConversation = "{0} hat NrwBot noch nicht genutzt, deshalb kann ich keine Nachricht schicken. Schreiben Sie am besten direkt eine E-Mail – ein Entwurf ist vorbereitet:";
    public const string IntroAlready = "Sie wurden bereits mit {0} bekannt gemacht. Hier noch einmal die Kontaktdaten:";
    public const string IntroEmailButton = "E-Mail an {0}";
    public const string IntroEmailSubject = "Kennenlernen im Programm NRWeltoffen";
    public const string IntroEmailBody = "Hallo {0},\n\nich bin {1} und arbeite neu als Fachkraft {2} im Programm NRWeltoffen. Ich würde mich über einen kurzen Austausch mit Ihnen freuen.\n\nViele Grüße\n{1}";
    public const string IntroUnknownPeer = "Diese Person kann ich leider nicht mehr zuordnen. Schreiben Sie **Kontaktliste**, um die Büros in Ihrer Region zu sehen.";
    public const string NewColleague = "eine neue Kollegin oder ein neuer Kollege";
    public const string InRegionUnknown = "in NRW";

    // Progress bar: one cell per step
    public const char BarDone = '█';
    public const char BarOpen = '░';
}
