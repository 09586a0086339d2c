namespace NrwBot.Dialogs.Requests;

/// <summary>
/// Every sentence of the requests feature (intake, queue, notifications, "Meine Daten"), in one place so the LKS
/// can reword it. German first; the English form is what requesters read when they write English.
/// What only the LKS reads stays German. {0}, {1} … are filled in by the feature.
/// </summary>
public static class RequestsTexts
{
    // ---- Intake -------------------------------------------------------------------------------------------
    public static readonly Text IntakeTitle = new("Unterstützung anfragen", "Request support");
    public static readonly Text IntakeIntro = new("Beschreiben Sie kurz, wobei Sie Unterstützung brauchen. Ich schlage eine Kategorie vor und gebe Ihre Anfrage an die LKS weiter. Sie können alles vor dem Senden ändern oder abbrechen.",
        "Tell me briefly what you need support with. I will suggest a category and pass your request to the LKS. You can change everything or cancel before sending.");
    public static readonly Text IntakeIntroFromWords = new("Ich habe Ihr Anliegen eingetragen und eine Kategorie vorgeschlagen. Bitte prüfen und ergänzen Sie – gesendet wird erst, wenn Sie **Senden** wählen.",
        "I have filled in your request and suggested a category. Please check and complete it – nothing is sent until you choose **Send**.");
    public static readonly Text IntakeSubmit = new("Weiter", "Next");
    public static readonly Text CategoryLabel = new("Kategorie", "Category");
    public static readonly Text CategoryPrompt = new("Zu welcher Kategorie passt Ihr Anliegen?", "Which category fits your request?");
    public static readonly Text CategoryProposal = new("Mein Vorschlag: **{0}** – schreiben Sie **ok**, um ihn zu übernehmen, oder die Nummer einer anderen Kategorie.",
        "My suggestion: **{0}** – write **ok** to accept it, or the number of another category.");
    public static readonly Text CategoryPlaceholder = new("Kategorie wählen", "Choose a category");
    public static readonly Text CategoryUnknown = new("Diese Kategorie kenne ich nicht. Bitte wählen Sie eine Nummer aus der Liste.",
        "I do not know this category. Please choose a number from the list.");
    public static readonly Text DescriptionLabel = new("Ihr Anliegen", "Your request");
    public static readonly Text DescriptionPrompt = new("Wobei brauchen Sie Unterstützung? Ein, zwei Sätze genügen.",
        "What do you need support with? One or two sentences are enough.");
    public static readonly Text DescriptionPlaceholder = new("z. B. Fortbildung zum Umgang mit rechten Parolen für unser Team",
        "e.g. training on countering right-wing slogans for our team");
    public static readonly Text DescriptionTooShort = new("Bitte beschreiben Sie Ihr Anliegen in ein paar Worten (mindestens {0} Zeichen).",
        "Please describe your request in a few words (at least {0} characters).");
    public static readonly Text DescriptionTooLong = new("Das ist etwas lang – bitte fassen Sie Ihr Anliegen in höchstens {0} Zeichen zusammen.",
        "That is a bit long – please keep it under {0} characters.");
    public static readonly Text KeepHint = new("Schreiben Sie **ok**, um den bisherigen Eintrag zu übernehmen.",
        "Write **ok** to keep the current entry.");
    public static readonly Text RegionLabel = new("Kreis oder kreisfreie Stadt", "District or city");
    public static readonly Text RegionPrompt = new("Für welchen Kreis oder welche kreisfreie Stadt? (z. B. *Kreis Düren*, *Dortmund*)",
        "For which district (Kreis) or city? (e.g. *Kreis Düren*, *Dortmund*)");
    public static readonly Text RegionFromProfile = new("Mein Vorschlag: **{0}** – schreiben Sie **ok** oder einen anderen Kreis bzw. eine andere Stadt.",
        "My suggestion: **{0}** – write **ok** or another district or city.");
    public static readonly Text RegionPlaceholder = new("Kreis oder Stadt wählen", "Choose a district or city");
    public static readonly Text RegionUnknown = new("„{0}“ kenne ich nicht als Kreis oder kreisfreie Stadt in NRW. Bitte nennen Sie z. B. *Kreis Euskirchen* oder *Hamm*.",
        "I do not know „{0}“ as a district or city in NRW. Please name one such as *Kreis Euskirchen* or *Hamm*.");
    public static readonly Text RegionAmbiguous = new("„{0}“ kann mehreres bedeuten: {1}. Bitte schreiben Sie den genauen Namen.",
        "„{0}“ could mean several places: {1}. Please write the exact name.");
    public static readonly Text UrgencyLabel = new("Dringlichkeit", "Urgency");
    public static readonly Text UrgencyPrompt = new("Wie dringend ist es?", "How urgent is it?");
    public static readonly Text UrgencyProposal = new("Mein Vorschlag: **{0}** – schreiben Sie **ok** oder die Nummer.",
        "My suggestion: **{0}** – write **ok** or the number.");
    public static readonly Text UrgencyNormal = new("normal", "normal");
    public static readonly Text UrgencyUrgent = new("dringend", "urgent");
    public static readonly Text DateLabel = new("Wunschtermin (optional)", "Preferred date (optional)");
    public static readonly Text DatePrompt = new("Gibt es einen Termin, bis wann Sie die Unterstützung brauchen? (z. B. 15.12.2026)",
        "Is there a date by which you need the support? (e.g. 15.12.2026)");
    public static readonly Text DateInvalid = new("Bitte geben Sie ein Datum wie 15.12.2026 an – oder „-“, wenn es keinen Wunschtermin gibt.",
        "Please give a date such as 15.12.2026 – or „-“ if there is none.");
    public static readonly Text DateInPast = new("Der {0} liegt in der Vergangenheit. Bitte ein späteres Datum – oder „-“.",
        "{0} is in the past. Please give a later date – or „-“.");
    public static readonly Text ConfidentialLabel = new("Vertraulich", "Confidential");
    public static readonly Text ConfidentialToggle = new("Vertraulich: nur die LKS-Leitung liest den Text.", "Confidential: only the LKS lead reads the text.");
    public static readonly Text ConfidentialPrompt = new("Ist Ihre Anfrage **vertraulich** (z. B. ein Konflikt im Büro)? Dann liest nur die LKS-Leitung den Text; das übrige LKS-Team sieht nur Nummer, Kategorie und Region. Antworten Sie **ja** oder **nein**.",
        "Is your request **confidential** (e.g. a conflict in the office)? Then only the LKS lead reads the text; the rest of the LKS team sees only number, category and region. Answer **yes** or **no**.");
    public static readonly Text SummaryConfidential = new("Vertraulich: den Text liest nur die LKS-Leitung.", "Confidential: only the LKS lead reads the text.");
    public static readonly Text ConfidentialHidden = new("🔒 Vertraulich – den Text sieht nur die LKS-Leitung (im persönlichen Chat mit `{0}`).");
    public static readonly Text ConfidentialMark = new("🔒 vertraulich");
    public static readonly Text ConsentLabel = new("Einverständnis", "Consent");
    public static readonly Text ConsentToggle = new("Die LKS darf meinen Namen sehen und mich kontaktieren.", "The LKS may see my name and contact me.");
    public static readonly Text ConsentPrompt = new("Darf die LKS Ihren Namen sehen und Sie direkt kontaktieren? Antworten Sie **ja** oder **nein**. Ohne Ihr Einverständnis sieht die LKS Ihre Anfrage ohne Namen; die Antwort bekommen Sie trotzdem hier im Chat.",
        "May the LKS see your name and contact you directly? Answer **yes** or **no**. Without your consent the LKS sees your request without your name; you will still get the answer here in the chat.");
    public static readonly Text SummaryQuestion = new("Stimmt das so? Antworten Sie **Senden**, **Ändern** oder **abbrechen**.",
        "Is this correct? Answer **Send**, **Edit** or **cancel**.");
    public static readonly Text SummaryWithConsent = new("Die LKS sieht Ihren Namen und darf Sie kontaktieren.", "The LKS sees your name and may contact you.");
    public static readonly Text SummaryWithoutConsent = new("Die LKS sieht Ihren Namen nicht; persönliche Angaben im Text (E-Mail, Telefon, Namen) macht NrwBot für sie unkenntlich.",
        "The LKS does not see your name; NrwBot hides personal details in the text (e-mail, phone, names) from them.");
    public static readonly Text ConfirmedTitle = new("Ihre Anfrage {0} ist eingegangen", "Your request {0} has been received");
    public static readonly Text Confirmed = new("Danke! Ihre Anfrage ist bei der LKS gespeichert, Nummer **{0}**.\n\n**So geht es weiter:** Jemand aus dem LKS-Team übernimmt Ihre Anfrage. Sie bekommen hier im Chat eine Nachricht, sobald sich etwas tut, und die Antwort der LKS. Alle Ihre Anfragen sehen Sie mit **Meine Anfragen**.",
        "Thank you! Your request is stored with the LKS, number **{0}**.\n\n**What happens next:** someone from the LKS team will take it on. You will get a message here in the chat as soon as something happens, and the LKS answer. **My requests** shows all your requests.");
    public static readonly Text ConfirmedUrgent = new("Sie haben die Anfrage als **dringend** markiert; die LKS sieht sie oben in ihrer Warteschlange.",
        "You marked the request as **urgent**; the LKS sees it at the top of its queue.");
    public static readonly Text ConfirmedDuplicate = new("Aus {0} liegt schon eine offene Anfrage zur selben Kategorie vor ({1}). Die LKS sieht beide Anfragen zusammen.",
        "There is already an open request from {0} in the same category ({1}). The LKS sees both requests together.");
    public static readonly Text ConfirmedAgain = new("Diese Anfrage hatte ich bereits gespeichert – es bleibt bei einer Anfrage.",
        "I had already stored this request – it stays one request.");
    public static readonly Text StoreFailed = new("Ihre Anfrage konnte ich gerade **nicht speichern** – ein technisches Problem. Ihr Entwurf ist noch da: Wählen Sie gleich noch einmal **Senden**, oder **abbrechen**.",
        "I could **not store** your request just now – a technical problem. Your draft is kept: choose **Send** again in a moment, or **cancel**.");
    public static readonly Text AlreadySent = new("Diesen Entwurf gibt es nicht mehr – er ist schon gesendet oder wurde abgebrochen. Ihre Anfragen sehen Sie mit **Meine Anfragen**; eine neue stellen Sie mit **Unterstützung anfragen**.",
        "This draft no longer exists – it was already sent or cancelled. **My requests** shows your requests; **Request support** starts a new one.");
    public static readonly Text AlreadySentAs = new("Diesen Entwurf haben Sie schon gesendet: **{0}**. Es bleibt bei einer Anfrage; den Stand sehen Sie mit **Meine Anfragen**.",
        "You already sent this draft: **{0}**. It stays one request; **My requests** shows where it stands.");

    // ---- What requesters read later -----------------------------------------------------------------------
    public static readonly Text StateNew = new("neu", "new");
    public static readonly Text StateInProgress = new("in Bearbeitung", "in progress");
    public static readonly Text StateDone = new("erledigt", "done");
    public static readonly Text StateRejected = new("abgelehnt", "rejected");
    public static readonly Text UpdateTitle = new("Ihre Anfrage {0}", "Your request {0}");
    public static readonly Text UpdateClaimed = new("Ihre Anfrage ist jetzt **in Bearbeitung** bei **{0}** (LKS).",
        "Your request is now **in progress** with **{0}** (LKS).");
    public static readonly Text UpdateAssigned = new("Ihre Anfrage bearbeitet jetzt **{0}** (LKS).", "Your request is now handled by **{0}** (LKS).");
    public static readonly Text UpdateAnswered = new("**{0}** (LKS) hat Ihnen geantwortet:", "**{0}** (LKS) has answered you:");
    public static readonly Text UpdateFinished = new("Ihre Anfrage ist **erledigt**.", "Your request is **done**.");
    public static readonly Text UpdateFinishedWithAnswer = new("Ihre Anfrage ist **erledigt**. Die Antwort der LKS:", "Your request is **done**. The LKS answer:");
    public static readonly Text UpdateRejected = new("Ihre Anfrage wurde leider **abgelehnt**. Die Begründung der LKS:",
        "Unfortunately your request was **rejected**. The LKS gives this reason:");
    public static readonly Text UpdateFooter = new("Ihr Anliegen: „{0}“", "Your request: „{0}“");
    public static readonly Text ReopenButton = new("Hat nicht geholfen", "Did not help");
    public static readonly Text ReopenTyped = new("{0} hat nicht geholfen", "{0} did not help");
    public static readonly Text Reopened = new("Ich habe Ihre Anfrage **{0}** wieder geöffnet. Die LKS ist informiert und meldet sich bei Ihnen.",
        "I have reopened your request **{0}**. The LKS has been told and will get back to you.");
    public static readonly Text ReopenStillOpen = new("Ihre Anfrage **{0}** ist offen – die LKS kümmert sich darum. Den Stand sehen Sie mit **Meine Anfragen**.",
        "Your request **{0}** is open – the LKS is working on it. **My requests** shows where it stands.");
    public static readonly Text ReopenTooLate = new("Ihre Anfrage **{0}** ist seit mehr als 14 Tagen abgeschlossen und lässt sich nicht mehr wieder öffnen. Stellen Sie gern eine neue Anfrage – mit **Unterstützung anfragen** geht das in einer Minute.",
        "Your request **{0}** was closed more than 14 days ago and can no longer be reopened. You are welcome to send a new request with **Request support**.");
    public static readonly Text NotYourRequest = new("Eine eigene Anfrage {0} finde ich nicht. Ihre Anfragen sehen Sie mit **Meine Anfragen**.",
        "I cannot find a request {0} of yours. **My requests** shows your requests.");
    public static readonly Text RateButton = new("Bewerten", "Rate");
    public static readonly Text RateTyped = new("{0} bewerten 5 Ihr Kommentar", "{0} rate 5 your comment");
    public static readonly Text RateFormTitle = new("Wie hilfreich war die Unterstützung zu {0}?", "How helpful was the support on {0}?");
    public static readonly Text RateStarsLabel = new("Ihre Bewertung", "Your rating");
    public static readonly Text RateStarsChoice = new("{0} von 5", "{0} of 5");
    public static readonly Text RateStarsLow = new("1 von 5 – gar nicht", "1 of 5 – not at all");
    public static readonly Text RateStarsHigh = new("5 von 5 – sehr hilfreich", "5 of 5 – very helpful");
    public static readonly Text RateCommentLabel = new("Kommentar (optional, ohne Namen)", "Comment (optional, no names)");
    public static readonly Text RateSend = new("Bewertung senden", "Send rating");
    public static readonly Text RateHowTo = new("Bitte mit 1 bis 5 Sternen (5 = sehr hilfreich), z. B. **{0} bewerten 4 gut erklärt** – der Kommentar ist optional.",
        "Please with 1 to 5 stars (5 = very helpful), e.g. **{0} rate 4 well explained** – the comment is optional.");
    public static readonly Text Rated = new("Danke für Ihre Bewertung von **{0}**: {1} von 5.", "Thank you for rating **{0}**: {1} of 5.");
    public static readonly Text RateAlready = new("Sie haben **{0}** schon bewertet – es bleibt bei einer Bewertung je Anfrage.",
        "You have already rated **{0}** – it stays one rating per request.");
    public static readonly Text RateStillOpen = new("**{0}** ist noch offen. Bewerten können Sie, sobald die Anfrage abgeschlossen ist.",
        "**{0}** is still open. You can rate it once it is closed.");
    public static readonly Text MyRequestsButton = new("Meine Anfragen", "My requests");
    public static readonly Text MyRequestsTitle = new("Ihre Anfragen an die LKS", "Your requests to the LKS");
    public static readonly Text MyRequestsEmpty = new("Sie haben noch keine Anfrage an die LKS gestellt. Mit **Unterstützung anfragen** geht das in einer Minute.",
        "You have not sent a request to the LKS yet. **Request support** takes a minute.");
    public static readonly Text MyRequestsLine = new("**{0}** · {1} · {2} · eingegangen am {3}", "**{0}** · {1} · {2} · received {3}");
    public static readonly Text MyRequestsHint = new("Einzelheiten: schreiben Sie die Nummer, z. B. **{0}**.", "Details: write the number, e.g. **{0}**.");
    public static readonly Text NewRequestButton = new("Unterstützung anfragen", "Request support");
    public static readonly Text DetailsTitle = new("Anfrage {0}", "Request {0}");
    public static readonly Text FactCategory = new("Kategorie", "Category");
    public static readonly Text FactRegion = new("Region", "Region");
    public static readonly Text FactState = new("Status", "Status");
    public static readonly Text FactUrgency = new("Dringlichkeit", "Urgency");
    public static readonly Text FactDate = new("Wunschtermin", "Preferred date");
    public static readonly Text FactCreated = new("Eingegangen", "Received");
    public static readonly Text FactAssignee = new("Bearbeitet von", "Handled by");
    public static readonly Text FactAnswer = new("Antwort der LKS", "LKS answer");
    public static readonly Text FactReason = new("Begründung", "Reason");
    public static readonly Text HistoryTitle = new("Verlauf", "History");
    public static readonly Text HistoryCreated = new("eingegangen", "received");
    public static readonly Text HistoryClaimed = new("übernommen", "taken on");
    public static readonly Text HistoryAssigned = new("zugewiesen an {0}", "assigned to {0}");
    public static readonly Text HistoryAnswered = new("beantwortet", "answered");
    public static readonly Text HistoryFinished = new("erledigt", "done");
    public static readonly Text HistoryRejected = new("abgelehnt", "rejected");
    public static readonly Text HistoryReopened = new("wieder geöffnet (hat nicht geholfen)", "reopened (did not help)");
    public static readonly Text HistoryRated = new("bewertet: {0} von 5", "rated: {0} of 5");
    public static readonly Text HistoryNoted = new("interne Notiz", "internal note");
    public static readonly Text Requester = new("anfragende Person", "requester");
    public static readonly Text NotLks = new("Die Warteschlange und die Befehle zum Bearbeiten von Anfragen sind der LKS vorbehalten. Ihre eigenen Anfragen sehen Sie mit **Meine Anfragen**.",
        "The queue and the commands for handling requests are reserved for the LKS. **My requests** shows your own requests.");
    public static readonly Text NotFound = new("Eine Anfrage {0} finde ich nicht.", "I cannot find a request {0}.");
    public static readonly Text PersonalOnly = new("Ihre eigenen Anfragen und Daten zeige ich nur im persönlichen Chat mit NrwBot, nicht hier, wo andere mitlesen.",
        "I show your own requests and data only in your personal chat with NrwBot, not here where others can read along.");
    public static readonly Text StoreError = new("Das konnte ich gerade nicht speichern oder lesen (technisches Problem). Bitte versuchen Sie es gleich noch einmal.",
        "I could not read or store that just now (technical problem). Please try again in a moment.");

    // ---- The LKS queue (read by the LKS only) -------------------------------------------------------------
    public static readonly Text QueueTitle = new("Warteschlange: {0}");
    public static readonly Text QueueCount = new("{0} Anfragen");
    public static readonly Text QueueFilter = new("Filter: {0}");
    public static readonly Text QueueEmpty = new("Keine Anfragen, die zu diesem Filter passen.");
    public static readonly Text QueueLine = new("**{0}** · {1} · {2} · {3} · {4}");
    public static readonly Text QueueMore = new("… und {0} weitere. Grenzen Sie ein, z. B. **Warteschlange Fortbildung**, **Warteschlange Kreis Düren**, **Warteschlange neu** oder **Warteschlange älter als 7 Tage**.");
    public static readonly Text QueueHint = new("Einzelheiten: **#Nummer**; bearbeiten: **#Nummer übernehmen**, **#Nummer antworten: …**, **#Nummer erledigt: …**, **#Nummer ablehnen: …**, **#Nummer an Name**, **#Nummer notiz: …** (nur für die LKS).");
    public static readonly Text QueueUnknownFilter = new("„{0}“ habe ich als Filter nicht verstanden. Möglich sind ein Status (neu, in Bearbeitung, offen, erledigt, abgelehnt, alle), eine Kategorie, ein Kreis oder eine Stadt, „dringend“, „meine“ und ein Alter wie „älter als 7 Tage“.");
    public static readonly Text FilterOpen = new("offen");
    public static readonly Text FilterAll = new("alle");
    public static readonly Text FilterUrgent = new("dringend");
    public static readonly Text FilterMine = new("meine");
    public static readonly Text FilterAge = new("älter als {0} Tage");
    public static readonly Text AgeToday = new("heute");
    public static readonly Text AgeOneDay = new("seit 1 Tag");
    public static readonly Text AgeDays = new("seit {0} Tagen");
    public static readonly Text UrgentMark = new("⚠ dringend");
    public static readonly Text FactRequester = new("Von");
    public static readonly Text FactLinks = new("Verknüpft (gleiche Region und Kategorie)");
    public static readonly Text RequesterHidden = new("ohne Namen (kein Einverständnis)");
    public static readonly Text StateInProgressBy = new("in Bearbeitung: {0}");
    public static readonly Text ButtonClaim = new("Übernehmen");
    public static readonly Text FactProposal = new("Vorschlag");
    public static readonly Text ProposalFact = new("{0} (zuständig für {1})");
    public static readonly Text ButtonAcceptProposal = new("Vorschlag: an {0}");
    public static readonly Text NoProposal = new("Für {0} gibt es keinen Vorschlag (mehr): sie ist schon vergeben oder ihre Kategorie hat keine zuständige Person im LKS-Adressbuch.");
    public static readonly Text ButtonAnswer = new("Antworten");
    public static readonly Text ButtonFinish = new("Erledigt");
    public static readonly Text ButtonReject = new("Ablehnen");
    public static readonly Text ButtonDetails = new("Details");
    public static readonly Text RemovedTitle = new("{0} · gelöscht");
    public static readonly Text Removed = new("Die anfragende Person hat ihre Daten gelöscht; die Anfrage ist damit zurückgezogen.");
    public static readonly Text DoneClaimed = new("Sie haben **{0}** übernommen.");
    public static readonly Text DoneAssigned = new("**{0}** ist jetzt bei **{1}**.");
    public static readonly Text DoneAnswered = new("Ihre Antwort zu **{0}** ist gespeichert.");
    public static readonly Text DoneFinished = new("**{0}** ist erledigt.");
    public static readonly Text DoneRejected = new("**{0}** ist abgelehnt.");
    public static readonly Text RequesterNotified = new("Die anfragende Person wird benachrichtigt.");
    public static readonly Text RequesterNotReached = new("Die anfragende Person konnte ich gerade nicht erreichen; sie sieht den Stand unter „Meine Anfragen“.");
    public static readonly Text RequesterGone = new("Die anfragende Person hat ihre Daten gelöscht und wird nicht benachrichtigt.");
    public static readonly Text RefusedClosed = new("**{0}** ist bereits {1} – daran ändert sich nichts mehr.");
    public static readonly Text RefusedTaken = new("**{0}** hat bereits **{1}** übernommen.");
    public static readonly Text RefusedYours = new("Sie bearbeiten **{0}** bereits.");
    public static readonly Text RefusedRepeated = new("Diese Antwort auf **{0}** ist schon gesendet – ich schicke sie nicht noch einmal.");
    public static readonly Text RefusedAssigned = new("**{0}** ist bereits bei **{1}**.");
    public static readonly Text RefusedGone = new("**{0}** gibt es nicht mehr.");
    public static readonly Text RefusedBusy = new("**{0}** wurde gerade von mehreren gleichzeitig geändert. Bitte versuchen Sie es noch einmal.");
    public static readonly Text NeedAnswer = new("Bitte mit Text: **{0} antworten: Ihre Antwort**");
    public static readonly Text NeedNote = new("Bitte mit Text: **{0} notiz: Ihre Notiz**");
    public static readonly Text DoneNoted = new("Ihre Notiz zu **{0}** ist gespeichert – sichtbar nur für die LKS, die anfragende Person wird nicht benachrichtigt.");
    public static readonly Text NeedReason = new("Bitte mit Begründung: **{0} ablehnen: Grund**");
    public static readonly Text FormRequest = new("Anfrage");
    public static readonly Text AnswerFormTitle = new("Antwort zu {0}");
    public static readonly Text AnswerFormLabel = new("Ihre Antwort an die anfragende Person");
    public static readonly Text FinishFormTitle = new("{0} erledigen");
    public static readonly Text FinishFormLabel = new("Antwort an die anfragende Person (optional)");
    public static readonly Text RejectFormTitle = new("{0} ablehnen");
    public static readonly Text RejectFormLabel = new("Begründung für die anfragende Person");
    public static readonly Text TypeAnswer = new("Schreiben Sie: **{0} antworten: Ihre Antwort**");
    public static readonly Text TypeFinish = new("Schreiben Sie: **{0} erledigt: Ihre Antwort** (die Antwort ist optional)");
    public static readonly Text TypeReject = new("Schreiben Sie: **{0} ablehnen: Grund**");
    public static readonly Text AssignSelf = new("mich");
    public static readonly Text UnnamedLks = new("LKS");
    public static readonly Text UnknownMember = new("„{0}“ kenne ich nicht als Mitglied der LKS.");
    public static readonly Text KnownMembers = new("Bekannt sind: {0}.");
    public static readonly Text AmbiguousMember = new("„{0}“ passt auf mehrere: {1}. Bitte schreiben Sie den ganzen Namen.");
    public static readonly Text ReopenedForLksTitle = new("Wieder geöffnet: {0}");
    public static readonly Text ReopenedForLks = new("Die anfragende Person hat **{0}** wieder geöffnet: Die Hilfe hat nicht gereicht.");
    public static readonly Text AssignedToYouTitle = new("Neue Zuständigkeit: {0}");
    public static readonly Text AssignedToYou = new("**{0}** hat Ihnen die Anfrage **{1}** zugewiesen.");

    // ---- "Meine Daten" ------------------------------------------------------------------------------------
    public static readonly Text MyDataQuestionComment = new(" – Ihr Hinweis nach 👎: „{0}“");
    public static readonly Text MyDataTitle = new("Ihre Daten bei NrwBot", "Your data in NrwBot");
    public static readonly Text MyDataProfile = new("**Profil:** {0}, Rolle: {1}", "**Profile:** {0}, role: {1}");
    public static readonly Text MyDataNoProfile = new("**Profil:** keines gespeichert", "**Profile:** none stored");
    public static readonly Text MyDataRequests = new("**Anfragen an die LKS ({0}):**", "**Requests to the LKS ({0}):**");
    public static readonly Text MyDataNoRequests = new("**Anfragen an die LKS:** keine", "**Requests to the LKS:** none");
    public static readonly Text MyDataRating = new("Ihre Bewertung: {0} von 5", "your rating: {0} of 5");
    public static readonly Text MyDataQuestionRegion = new(" (Region: {0})", " (region: {0})");
    public static readonly Text MyDataQuestions = new("**Ihre Fragen an NrwBot ({0}):**", "**Your questions to NrwBot ({0}):**");
    public static readonly Text MyDataNoQuestions = new("**Ihre Fragen an NrwBot:** keine gespeichert", "**Your questions to NrwBot:** none stored");
    public static readonly Text MyDataMoreQuestions = new("… und {0} ältere", "… and {0} older ones");
    public static readonly Text MyDataTechnical = new("Außerdem speichert NrwBot die technische Adresse dieses Chats (damit er Ihnen Antworten der LKS schicken kann) und den Stand laufender Abfragen.",
        "NrwBot also stores the technical address of this chat (so it can send you the LKS answers) and the state of running dialogues.");
    public static readonly Text MyDataDeleteButton = new("Meine Daten löschen", "Delete my data");
    public static readonly Text DeleteTitle = new("Wirklich Ihre Daten löschen?", "Really delete your data?");
    public static readonly Text DeleteExplain = new("Das löscht Ihr Profil, Ihre gespeicherten Fragen und Ihre **offenen Anfragen ({0})** – die LKS bearbeitet sie dann nicht weiter. **Abgeschlossene Anfragen ({1})** bleiben ohne Ihren Namen und ohne persönliche Angaben für die Statistik der LKS erhalten.",
        "This deletes your profile, your stored questions and your **open requests ({0})** – the LKS will not work on them any more. **Closed requests ({1})** are kept without your name and personal details for the LKS statistics.");
    public static readonly Text DeleteYes = new("Ja, löschen", "Yes, delete");
    public static readonly Text DeleteNo = new("Nein, behalten", "No, keep");
    public static readonly Text Deleted = new("Erledigt. Gelöscht: Ihr Profil, {0} offene Anfrage(n) und {1} Frage(n). {2} abgeschlossene Anfrage(n) sind jetzt ohne Bezug zu Ihnen.",
        "Done. Deleted: your profile, {0} open request(s) and {1} question(s). {2} closed request(s) no longer refer to you.");
    public static readonly Text DeleteCancelled = new("In Ordnung, ich habe nichts gelöscht.", "All right, I have deleted nothing.");
    public static readonly Text DeleteFailed = new("Ihre Daten konnte ich gerade nicht löschen (technisches Problem). Es wurde nichts gelöscht; bitte versuchen Sie es später noch einmal.",
        "I could not delete your data just now (technical problem). Nothing was deleted; please try again later.");

    public static Text StateName(RequestState state) => state switch
    {
        RequestState.New => StateNew,
        RequestState.InProgress => StateInProgress,
        RequestState.Done => StateDone,
        _ => StateRejected,
    };

    public static Text UrgencyName(Urgency urgency) => urgency == Urgency.Urgent ? UrgencyUrgent : UrgencyNormal;

    public static string HistoryName(RequestTransition transition, bool english) => transition.Kind switch
    {
        TransitionKind.Created => HistoryCreated.In(english),
        TransitionKind.Claimed => HistoryClaimed.In(english),
        TransitionKind.Assigned => HistoryAssigned.Format(english, transition.Comment),
        TransitionKind.Answered => HistoryAnswered.In(english),
        TransitionKind.Finished => HistoryFinished.In(english),
        TransitionKind.Noted => HistoryNoted.In(english),
        TransitionKind.Reopened => HistoryReopened.In(english),
        TransitionKind.Rated => HistoryRated.Format(english, RequestRating.Parse(transition.Comment)?.Stars),
        _ => HistoryRejected.In(english),
    };
}
