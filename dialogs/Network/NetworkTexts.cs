using NrwBot.Dialogs.Texts;

namespace NrwBot.Dialogs.Network;

/// <summary>Everything „Frag das Netzwerk“ says (German; the network works in German).</summary>
public static class NetworkTexts
{
    // Asking
    public static readonly Text AskButton = new("Frag das Netzwerk", "Ask the network");
    public static readonly Text ConfirmTitle = new("Frage an das Netzwerk");
    public static readonly Text ConfirmText = new("So würde Ihre Frage im Netzwerk-Kanal stehen und an passende Kolleginnen und Kollegen gehen:\n\n> {0}\n\nWie möchten Sie fragen?");
    public static readonly Text ConfirmRedacted = new("Personenbezogene Angaben habe ich durch Platzhalter ersetzt.");
    public static readonly Text PostNamed = new("Unter meinem Namen senden");
    public static readonly Text PostAnonymous = new("Als {0} senden");
    public static readonly Text AnonymousInRegion = new("eine Fachkraft aus dem Regierungsbezirk {0}");
    public static readonly Text AnonymousInNrw = new("eine Fachkraft aus NRW");
    public static readonly Text TooShort = new("Bitte beschreiben Sie Ihre Frage etwas genauer (mindestens {0} Zeichen), z. B. „Frag das Netzwerk: Wie gewinnt ihr Schulen für Workshops?“");
    public static readonly Text TooLong = new("Ihre Frage ist zu lang ({0} Zeichen). Bitte fassen Sie sie in höchstens {1} Zeichen.");
    public static readonly Text OnlyPersonal = new("Fragen an das Netzwerk stellen Sie bitte im persönlichen Chat mit mir.");
    public static readonly Text DailyLimit = new("Sie haben heute schon {0} Fragen an das Netzwerk gestellt – mehr geht erst morgen wieder.");
    public static readonly Text Posted = new("Ihre Frage **{0}** ist gespeichert und geht jetzt an das Netzwerk: in den Netzwerk-Kanal und persönlich an {1} passende Kolleginnen und Kollegen. Antworten bekommen Sie hier, sobald sie kommen.");
    public static readonly Text PostedNoPeers = new("Ihre Frage **{0}** ist gespeichert und geht jetzt in den Netzwerk-Kanal. Antworten bekommen Sie hier, sobald sie kommen.");
    public static readonly Text PostedNoChannel = new("Hinweis: Ein Netzwerk-Kanal ist noch nicht eingerichtet; die Frage geht nur persönlich an Kolleginnen und Kollegen.");
    public static readonly Text PostedAgain = new("Diese Frage ist schon als **{0}** gespeichert – sie wurde nicht noch einmal gesendet.");
    public static readonly Text Progress = new("Stand: {0}");
    public static readonly Text StoreFailed = new("Das hat gerade nicht geklappt – es wurde nichts gespeichert. Bitte versuchen Sie es gleich noch einmal.");

    // The card
    public static readonly Text CardTitle = new("Frage an das Netzwerk {0}");
    public static readonly Text CardAsker = new("Gefragt von");
    public static readonly Text CardAnswers = new("Antworten");
    public static readonly Text CardState = new("Stand");
    public static readonly Text StateOpen = new("offen");
    public static readonly Text StateClosed = new("geschlossen");
    public static readonly Text StateHidden = new("von der LKS ausgeblendet");
    public static readonly Text StateWithdrawn = new("zurückgezogen");
    public static readonly Text CardHint = new("Antworten Sie mit „Antworten“, im Thread dieser Karte (mit @NrwBot) oder im persönlichen Chat mit „Antwort auf {0}: …“. Antworten sind Erfahrungen von Kolleginnen und Kollegen, keine Auskunft der LKS.");
    public static readonly Text CardRemoved = new("Diese Frage ist nicht mehr sichtbar ({0}).");
    public static readonly Text AnswerButton = new("Antworten");
    public static readonly Text PersonalTitle = new("Eine Kollegin oder ein Kollege fragt das Netzwerk ({0})");
    public static readonly Text PersonalText = new("Sie bekommen diese Frage, weil Ihre Themen passen und Sie „Netzwerkfragen an“ gesagt haben („Netzwerkfragen aus“ beendet das).\n\n> {0}");

    // Answering
    public static readonly Text AnswerFormTitle = new("Antwort auf {0}");
    public static readonly Text AnswerLabel = new("Ihre Antwort");
    public static readonly Text AnswerSend = new("Antwort senden");
    public static readonly Text AnswerSaved = new("Danke! Ihre Antwort **{0}** auf **{1}** ist gespeichert und geht an die fragende Person.");
    public static readonly Text AnswerRedacted = new("Personenbezogene Angaben in Ihrer Antwort habe ich durch Platzhalter ersetzt.");
    public static readonly Text AnswerAgain = new("Diese Antwort ist schon als **{0}** gespeichert.");
    public static readonly Text AnswerDailyLimit = new("Sie haben heute schon {0} Antworten gegeben – mehr geht erst morgen wieder. Danke für Ihren Einsatz!");
    public static readonly Text AnswerTooShort = new("Bitte schreiben Sie etwas mehr (mindestens {0} Zeichen).");
    public static readonly Text UnknownQuestion = new("Eine Netzwerkfrage **{0}** gibt es nicht. Es wurde nichts gespeichert.");
    public static readonly Text QuestionClosed = new("Die Frage **{0}** ist geschlossen und nimmt keine Antworten mehr an. Es wurde nichts gespeichert.");
    public static readonly Text QuestionGone = new("Die Frage **{0}** ist nicht mehr sichtbar und nimmt keine Antworten an. Es wurde nichts gespeichert.");
    public static readonly Text OwnQuestion = new("Das ist Ihre eigene Frage – Ergänzungen schreiben Sie am besten als neue Frage.");
    public static readonly Text UnrelatedThread = new("Dieser Thread gehört zu keiner Netzwerkfrage, daher habe ich nichts gespeichert. Antworten Sie im Thread einer Frage-Karte oder im persönlichen Chat mit „Antwort auf N7: …“.");
    public static readonly Text NewAnswerTitle = new("Neue Antwort auf Ihre Frage {0}");
    public static readonly Text NewAnswerText = new("**{0}** antwortet ({1}):\n\n> {2}\n\n_Erfahrung aus dem Netzwerk, keine Auskunft der LKS._");
    public static readonly Text HelpfulButton = new("Hat geholfen");
    public static readonly Text CloseButton = new("Frage schließen");
    public static readonly Text HelpfulThanks = new("Danke! **{0}** ist als hilfreich markiert; {1} erfährt es.");
    public static readonly Text HelpfulAlready = new("**{0}** ist schon als hilfreich markiert.");
    public static readonly Text HelpfulToAuthor = new("Ihre Antwort **{0}** auf **{1}** hat geholfen – danke!");
    public static readonly Text Closed = new("Die Frage **{0}** ist geschlossen. Danke an alle, die geantwortet haben!");
    public static readonly Text ClosedAlready = new("Die Frage **{0}** ist schon geschlossen.");
    public static readonly Text NotYourQuestion = new("**{0}** ist nicht Ihre Frage. Es wurde nichts geändert.");
    public static readonly Text NotYourAnswer = new("**{0}** ist nicht Ihre Antwort. Es wurde nichts geändert.");

    // Search
    public static readonly Text SearchTitle = new("Das Netzwerk hat dazu geantwortet");
    public static readonly Text SearchQuestion = new("**{0}** (gefragt am {1}): {2}");
    public static readonly Text SearchAnswer = new("- {0}: {1}");
    public static readonly Text SearchHelpfulMark = new(" ✅ hat geholfen");
    public static readonly Text SearchNote = new("Erfahrungen von Kolleginnen und Kollegen, keine Auskunft der LKS.");

    // Escalation
    public static readonly Text EscalationTitle = new("Noch keine Antwort auf {0}");
    public static readonly Text EscalationText = new("Auf Ihre Frage hat in {0} Arbeitstagen niemand aus dem Netzwerk geantwortet:\n\n> {1}\n\nSoll ich sie als Unterstützungsanfrage an die LKS weitergeben? Im Formular entscheiden Sie, ob die LKS Ihren Namen sehen darf.");

    // Moderation
    public static readonly Text HiddenQuestion = new("Die Frage **{0}** ist ausgeblendet; {1} erfährt den Grund.");
    public static readonly Text HiddenAnswer = new("Die Antwort **{0}** ist ausgeblendet; {1} erfährt den Grund.");
    public static readonly Text HiddenAlready = new("**{0}** ist schon ausgeblendet oder zurückgezogen.");
    public static readonly Text HiddenToAuthor = new("Die LKS hat Ihren Beitrag **{0}** im Netzwerk ausgeblendet. Grund: {1}");
    public static readonly Text UnknownPost = new("Einen Beitrag **{0}** gibt es nicht. Es wurde nichts geändert.");
    public static readonly Text NotLks = new("Ausblenden kann nur die LKS. Ihre eigenen Beiträge ziehen Sie mit „N7 zurückziehen“ oder „A12 zurückziehen“ zurück.");
    public static readonly Text Withdrawn = new("**{0}** ist zurückgezogen und nicht mehr sichtbar.");
    public static readonly Text HideButton = new("Ausblenden (LKS)");
    public static readonly Text HideFormTitle = new("{0} ausblenden");
    public static readonly Text HideReasonLabel = new("Grund (die Verfasserin oder der Verfasser sieht ihn)");
    public static readonly Text HideSend = new("Ausblenden");

    // Opt-in and Meine Daten
    public static readonly Text OptedIn = new("Gut: Netzwerkfragen, die zu Ihren Themen passen, bekommen Sie ab jetzt persönlich. „Netzwerkfragen aus“ beendet das.");
    public static readonly Text OptedOut = new("Sie bekommen keine Netzwerkfragen mehr persönlich. Im Netzwerk-Kanal sehen Sie sie weiterhin.");
    public static readonly Text MyDataNone = new("**Netzwerk:** keine Fragen oder Antworten; persönliche Netzwerkfragen: {0}.");
    public static readonly Text MyDataSummary = new("**Netzwerk:** {0} Fragen, {1} Antworten; persönliche Netzwerkfragen: {2}.");
    public static readonly Text MyDataQuestion = new("- Frage {0} ({1}, {2}): {3}");
    public static readonly Text MyDataAnswer = new("- Antwort {0} auf {1}: {2}");
    public static readonly Text On = new("an");
    public static readonly Text Off = new("aus");
}
