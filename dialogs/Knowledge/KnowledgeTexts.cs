namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// Everything the knowledge feature says, in one place so the LKS can reword it: the replies (German, with an
/// English form where users write English), the messages of the content check, and the command line.
/// </summary>
public static class KnowledgeTexts
{
    // Answer card
    public static readonly Text SourceLabel = new("Quelle", "Source");
    public static readonly Text ReviewedLabel = new("Stand", "As of");
    public static readonly Text ValidUntilLabel = new("Gültig bis", "Valid until");
    public static readonly Text HelpfulButton = new("👍 Hilfreich", "👍 Helpful");
    public static readonly Text NotHelpfulButton = new("👎 Nicht hilfreich", "👎 Not helpful");
    public static readonly Text SampleNote = new("Beispielinhalt – von der LKS noch zu prüfen", "Sample content – still to be checked by the LKS");
    public static readonly Text DraftNote = new("Entwurf – von der LKS noch nicht freigegeben", "Draft – not yet approved by the LKS");
    public static readonly Text OutdatedWarning = new("⚠️ **Möglicherweise veraltet:** Dieser Artikel galt bis zum {0}. Bitte prüfen Sie die Angaben oder fragen Sie bei der LKS nach.",
        "⚠️ **Possibly outdated:** this article was valid until {0}. Please check the details or ask the LKS.");

    // Suggestions
    public static readonly Text SuggestTitle = new("Meinten Sie …?", "Did you mean …?");
    public static readonly Text SuggestText = new("Ich bin mir nicht sicher, welches Thema Sie meinen. Passt einer dieser Artikel?",
        "I am not sure which topic you mean. Does one of these articles fit?");
    public static readonly Text SuggestOutdatedSuffix = new(" (möglicherweise veraltet)", " (possibly outdated)");
    public static readonly Text SuggestForwardHint = new("Wenn nichts davon passt, kann ich Ihre Frage an die LKS weitergeben.",
        "If none of them fits, I can pass your question on to the LKS.");

    // Nothing fits
    public static readonly Text NoAnswerText = new("Das weiß ich leider nicht – in meiner Wissensdatenbank steht dazu nichts Passendes. Am besten fragen Sie direkt die **Landeskoordinierungsstelle (LKS)**. Ich kann Ihre Frage an die LKS weitergeben.",
        "I'm sorry, I don't know the answer to that – my knowledge base has nothing that fits. Please ask the **LKS** (Landeskoordinierungsstelle, the state coordination office) directly. I can pass your question on to them.");
    public static readonly Text ForwardButton = new("Frage an die LKS weitergeben", "Pass the question on to the LKS");

    // Feedback and follow-up
    public static readonly Text ThanksHelpful = new("Danke für Ihre Rückmeldung! 👍", "Thank you for your feedback! 👍");
    public static readonly Text NotYourQuestion = new("Diese Bewertung gehört zu einer Frage, die jemand anderes gestellt hat. Es wurde nichts geändert – bewerten können Sie die Antworten auf Ihre eigenen Fragen.",
        "This rating belongs to a question someone else asked. Nothing was changed – you can rate the answers to your own questions.");
    public static readonly Text ThanksNotHelpful = new("Danke für Ihre Rückmeldung. Die LKS sieht sich den Artikel an. Wenn Sie noch eine Antwort brauchen, formulieren Sie die Frage gern anders oder geben Sie sie an die LKS weiter.",
        "Thank you for your feedback. The LKS will look at the article. If you still need an answer, try asking differently or pass your question on to the LKS.");
    public static readonly Text MissingLabel = new("Was hat gefehlt? (freiwillig, kurz – die LKS liest es, um den Artikel zu verbessern)",
        "What was missing? (optional, short – the LKS reads it to improve the article)");
    public static readonly Text MissingSend = new("Hinweis senden", "Send");
    public static readonly Text MissingThanks = new("Danke – die LKS sieht Ihren Hinweis beim Artikel.", "Thank you – the LKS will see your note with the article.");
    public static readonly Text ArticleGone = new("Diesen Artikel gibt es nicht mehr. Bitte stellen Sie Ihre Frage noch einmal.",
        "This article no longer exists. Please ask your question again.");

    /// <summary>Shown only to readers who write English: the articles themselves stay German.</summary>
    public static readonly Text GermanOnly = new("_Dieser Artikel ist nur auf Deutsch verfügbar._", "_This article is available in German only._");

    // Content check (file and line are added by the caller)
    public static readonly Text Unreadable = new("Die Datei konnte nicht gelesen werden: {0}");
    public static readonly Text FolderMissing = new("Der Ordner der Wissensdatenbank fehlt.");
    public static readonly Text NoFrontMatter = new("Die Datei beginnt nicht mit einem Kopfbereich („---“ in der ersten Zeile).");
    public static readonly Text FrontMatterNotClosed = new("Der Kopfbereich wird nicht mit einer Zeile „---“ abgeschlossen.");
    public static readonly Text FrontMatterNotMapping = new("Der Kopfbereich enthält keine Felder der Form „name: wert“.");
    public static readonly Text BrokenYaml = new("Der Kopfbereich ist kein gültiges YAML: {0}");
    public static readonly Text UnknownField = new("Unbekanntes Feld „{0}“ (erlaubt: id, title, questions, tags, source, forms, reviewed, valid_until, status).");
    public static readonly Text MissingId = new("Das Feld „id“ fehlt oder ist leer.");
    public static readonly Text InvalidId = new("Die id „{0}“ darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten.");
    public static readonly Text MissingField = new("Das Feld „{0}“ fehlt oder ist leer.");
    public static readonly Text TooFewQuestions = new("Unter „questions“ stehen mindestens {0} Fragen, hier sind es {1}.");
    public static readonly Text InvalidDate = new("Das Feld „{0}“ braucht ein Datum der Form JJJJ-MM-TT.");
    public static readonly Text InvalidStatus = new("Das Feld „status“ muss " + Content.ContentStatuses.Allowed + " sein.");
    public static readonly Text InvalidForm = new("Jedes Formular unter „forms“ braucht „name“ und eine „url“, die mit https:// beginnt.");
    public static readonly Text EmptyBody = new("Nach dem Kopfbereich fehlt der Antworttext.");
    public static readonly Text DuplicateId = new("Die id „{0}“ gibt es schon in {1}:{2}. Dieser Artikel wird nicht verwendet.");
    public static readonly Text SharedQuestion = new("Die Frage „{0}“ steht schon in {1}:{2}. Eine Frage darf nur zu einem Artikel gehören; dieser Artikel wird nicht verwendet.");
    public static readonly Text SynonymsWithoutGroups = new("Die Synonymdatei braucht eine Liste „groups“.");
    public static readonly Text SynonymGroupTooSmall = new("Eine Synonymgruppe braucht mindestens zwei Begriffe.");
    public static readonly Text SynonymTwice = new("Der Begriff „{0}“ steht schon in der Gruppe in Zeile {1}.");

    // Command line
    public static readonly Text CheckOk = new("Wissensdatenbank in Ordnung: {0} Artikel, {1} Synonymgruppen.");
    public static readonly Text CheckFailed = new("{0} Problem(e) gefunden; verwendbar sind {1} Artikel.");
    public static readonly Text CheckExpired = new("Abgelaufen (valid_until überschritten), bitte prüfen: {0}");
    public static readonly Text AskUsage = new("Aufruf: ask \"Frage\" [--json]");
    public static readonly Text EvalUsage = new("Aufruf: eval DATEI.jsonl [--misses]");
    public static readonly Text EvalBadLine = new("{0}:{1}: Zeile ist kein gültiges {{\"q\": ..., \"id\": ...}}.");
    public static readonly Text EvalHeader = new("Datensatz {0}: {1} Fragen, davon {2} beantwortbar und {3} nicht beantwortbar.");
    public static readonly Text EvalColumns = new("{0,-38} {1,7} {2,7} {3,11}");
    public static readonly Text EvalRow = new("{0,-38} {1,7:P1} {2,7:P1} {3,11:P1}");
    public static readonly Text EvalOurs = new("NrwBot (deutsche Analyse)");
    public static readonly Text EvalBaseline = new("BM25-Basis (Standard, ohne Synonyme)");
    public static readonly Text EvalDeclinedColumn = new("abgelehnt");
    public static readonly Text EvalDecisions = new("Beantwortbare Fragen bei NrwBot: {0} Antwort, {1} „Meinten Sie …?“, {2} „weiß ich nicht“.");
    public static readonly Text EvalPhrasings = new("Kreuzvalidierung der Formulierungen (jede Formulierung eines Artikels ohne sie gefragt): top-1 {0:0.0 %}, top-3 {1:0.0 %}; {2} Antwort, {3} „Meinten Sie …?“, {4} „weiß ich nicht“.");
    public static readonly Text EvalConfusion = new("  verwechselt: {0} → {1}");
    public static readonly Text EvalMiss = new("  verfehlt: „{0}“ erwartet {1}, erhalten {2} ({3}, {4:0.00})");
}
