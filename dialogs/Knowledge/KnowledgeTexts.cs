namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// Everything the knowledge feature says, in one place so the LKS can reword it: the replies (German, with an
/// English form where users write English), the messages of the content check, and the command line.
/// </summary>
public static class KnowledgeTexts
{
    // Answer card
    public const string SourceLabel = "Quelle";
    public const string ReviewedLabel = "Stand";
    public const string ValidUntilLabel = "Gültig bis";
    public const string HelpfulButton = "👍 Hilfreich";
    public const string NotHelpfulButton = "👎 Nicht hilfreich";
    public const string SampleNote = "Beispielinhalt – von der LKS noch zu prüfen";
    public const string DraftNote = "Entwurf – von der LKS noch nicht freigegeben";
    public const string OutdatedWarning = "⚠️ **Möglicherweise veraltet:** Dieser Artikel galt bis zum {0}. Bitte prüfen Sie die Angaben oder fragen Sie bei der LKS nach.";

    // Suggestions
    public const string SuggestTitle = "Meinten Sie …?";
    public const string SuggestText = "Ich bin mir nicht sicher, welches Thema Sie meinen. Passt einer dieser Artikel?";
    public const string SuggestOutdatedSuffix = " (möglicherweise veraltet)";
    public const string SuggestForwardHint = "Wenn nichts davon passt, kann ich Ihre Frage an die LKS weitergeben.";

    // Nothing fits
    public const string NoAnswerText = "Das weiß ich leider nicht – in meiner Wissensdatenbank steht dazu nichts Passendes. Am besten fragen Sie direkt die **Landeskoordinierungsstelle (LKS)**. Ich kann Ihre Frage an die LKS weitergeben.";
    public const string ForwardButton = "Frage an die LKS weitergeben";

    // Feedback and follow-up
    public const string ThanksHelpful = "Danke für Ihre Rückmeldung! 👍";
    public const string NotYourQuestion = "Diese Bewertung gehört zu einer Frage, die jemand anderes gestellt hat. Es wurde nichts geändert – bewerten können Sie die Antworten auf Ihre eigenen Fragen.";
    public const string ThanksNotHelpful = "Danke für Ihre Rückmeldung. Die LKS sieht sich den Artikel an. Wenn Sie noch eine Antwort brauchen, formulieren Sie die Frage gern anders oder geben Sie sie an die LKS weiter.";
    public const string ArticleGone = "Diesen Artikel gibt es nicht mehr. Bitte stellen Sie Ihre Frage noch einmal.";

    // English forms (the articles themselves stay German)
    public const string EnSourceLabel = "Source";
    public const string EnReviewedLabel = "As of";
    public const string EnValidUntilLabel = "Valid until";
    public const string EnHelpfulButton = "👍 Helpful";
    public const string EnNotHelpfulButton = "👎 Not helpful";
    public const string EnSampleNote = "Sample content – still to be checked by the LKS";
    public const string EnDraftNote = "Draft – not yet approved by the LKS";
    public const string EnGermanOnly = "_This article is available in German only._";
    public const string EnOutdatedWarning = "⚠️ **Possibly outdated:** this article was valid until {0}. Please check the details or ask the LKS.";
    public const string EnSuggestTitle = "Did you mean …?";
    public const string EnSuggestText = "I am not sure which topic you mean. Does one of these articles fit?";
    public const string EnSuggestOutdatedSuffix = " (possibly outdated)";
    public const string EnSuggestForwardHint = "If none of them fits, I can pass your question on to the LKS.";
    public const string EnNoAnswerText = "I'm sorry, I don't know the answer to that – my knowledge base has nothing that fits. Please ask the **LKS** (Landeskoordinierungsstelle, the state coordination office) directly. I can pass your question on to them.";
    public const string EnForwardButton = "Pass the question on to the LKS";
    public const string EnThanksHelpful = "Thank you for your feedback! 👍";
    public const string EnNotYourQuestion = "This rating belongs to a question someone else asked. Nothing was changed – you can rate the answers to your own questions.";
    public const string EnThanksNotHelpful = "Thank you for your feedback. The LKS will look at the article. If you still need an answer, try asking differently or pass your question on to the LKS.";
    public const string EnArticleGone = "This article no longer exists. Please ask your question again.";

    // Content check (file and line are added by the caller)
    public const string Unreadable = "Die Datei konnte nicht gelesen werden: {0}";
    public const string ReloadFailed = "Die Wissensdatenbank konnte nicht neu geladen werden: {0}";
    public const string FolderMissing = "Der Ordner der Wissensdatenbank fehlt.";
    public const string NoFrontMatter = "Die Datei beginnt nicht mit einem Kopfbereich („---“ in der ersten Zeile).";
    public const string FrontMatterNotClosed = "Der Kopfbereich wird nicht mit einer Zeile „---“ abgeschlossen.";
    public const string FrontMatterNotMapping = "Der Kopfbereich enthält keine Felder der Form „name: wert“.";
    public const string BrokenYaml = "Der Kopfbereich ist kein gültiges YAML: {0}";
    public const string UnknownField = "Unbekanntes Feld „{0}“ (erlaubt: id, title, questions, tags, source, forms, reviewed, valid_until, status).";
    public const string MissingId = "Das Feld „id“ fehlt oder ist leer.";
    public const string InvalidId = "Die id „{0}“ darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten.";
    public const string MissingField = "Das Feld „{0}“ fehlt oder ist leer.";
    public const string TooFewQuestions = "Unter „questions“ stehen mindestens {0} Fragen, hier sind es {1}.";
    public const string InvalidDate = "Das Feld „{0}“ braucht ein Datum der Form JJJJ-MM-TT.";
    public const string InvalidStatus = "Das Feld „status“ muss " + Content.ContentStatuses.Allowed + " sein.";
    public const string InvalidForm = "Jedes Formular unter „forms“ braucht „name“ und eine „url“, die mit https:// beginnt.";
    public const string EmptyBody = "Nach dem Kopfbereich fehlt der Antworttext.";
    public const string DuplicateId = "Die id „{0}“ gibt es schon in {1}:{2}. Dieser Artikel wird nicht verwendet.";
    public const string SharedQuestion = "Die Frage „{0}“ steht schon in {1}:{2}. Eine Frage darf nur zu einem Artikel gehören; dieser Artikel wird nicht verwendet.";
    public const string SynonymsWithoutGroups = "Die Synonymdatei braucht eine Liste „groups“.";
    public const string SynonymGroupTooSmall = "Eine Synonymgruppe braucht mindestens zwei Begriffe.";
    public const string SynonymTwice = "Der Begriff „{0}“ steht schon in der Gruppe in Zeile {1}.";

    // Command line
    public const string CheckOk = "Wissensdatenbank in Ordnung: {0} Artikel, {1} Synonymgruppen.";
    public const string CheckFailed = "{0} Problem(e) gefunden; verwendbar sind {1} Artikel.";
    public const string CheckExpired = "Abgelaufen (valid_until überschritten), bitte prüfen: {0}";
    public const string AskUsage = "Aufruf: ask \"Frage\" [--json]";
    public const string EvalUsage = "Aufruf: eval DATEI.jsonl [--misses]";
    public const string EvalBadLine = "{0}:{1}: Zeile ist kein gültiges {{\"q\": ..., \"id\": ...}}.";
    public const string EvalHeader = "Datensatz {0}: {1} Fragen, davon {2} beantwortbar und {3} nicht beantwortbar.";
    public const string EvalColumns = "{0,-38} {1,7} {2,7} {3,11}";
    public const string EvalRow = "{0,-38} {1,7:P1} {2,7:P1} {3,11:P1}";
    public const string EvalOurs = "NrwBot (deutsche Analyse)";
    public const string EvalBaseline = "BM25-Basis (Standard, ohne Synonyme)";
    public const string EvalDeclinedColumn = "abgelehnt";
    public const string EvalDecisions = "Beantwortbare Fragen bei NrwBot: {0} Antwort, {1} „Meinten Sie …?“, {2} „weiß ich nicht“.";
    public const string EvalMiss = "  verfehlt: „{0}“ erwartet {1}, erhalten {2} ({3}, {4:0.00})";
}
