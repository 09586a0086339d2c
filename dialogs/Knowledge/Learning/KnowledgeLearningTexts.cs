using NrwBot.Dialogs.Texts;

namespace NrwBot.Dialogs.Knowledge.Learning;

/// <summary>What „Lernen“ and the drafts say (LKS only, German).</summary>
public static class KnowledgeLearningTexts
{
    public static readonly string[] LearnWords = ["lernen", "learn", "wissen lernen"];
    public static readonly string[] DraftsWords = ["entwürfe", "entwuerfe", "drafts", "wissen entwürfe"];

    /// <summary>„Entwurf 3 zurück: Bitte allgemeiner formulieren“ on text channels (and anywhere).</summary>

    public static readonly Text NotLks = new("Lernen und Entwürfe der Wissensdatenbank sind der LKS vorbehalten.",
        "Teaching the knowledge base and its drafts are reserved for the LKS.");
    public static readonly Text LearnTitle = new("Lernen: offene Fragen");
    public static readonly Text LearnIntro = new("Diese Fragen der letzten {0} Tage konnte ich nicht beantworten. Passt ein Artikel, fügen Sie die Frage als Formulierung hinzu – eine zweite Person der LKS gibt sie frei (**Entwürfe**), dann beantworte ich sie direkt. **Anderer Artikel** sucht in allen Artikeln, **Neuer Artikel** entwirft einen, **Verwerfen** heißt: keine Frage für NrwBot – ich zeige sie dann nicht mehr, auch wenn jemand sie wieder fragt.");
    public static readonly Text LearnNothing = new("Keine offenen Fragen aus den letzten {0} Tagen – alles beantwortet oder schon als Entwurf vorgeschlagen.");
    public static readonly Text LearnQuestion = new("„{0}“ – {1}× gefragt");
    public static readonly Text LearnAlso = new("Auch so gefragt: {0}");
    public static readonly Text LearnNoSuggestion = new("Kein Artikel passt gut; hier braucht es einen neuen Artikel.");

    /// <summary>The suggested articles in the card body, numbered; the buttons only carry the number (Teams clips long button titles).</summary>
    public static readonly Text SuggestionsIntro = new("Als Formulierung hinzufügen zu:");
    public static readonly Text SuggestionLine = new("{0}. „{1}“ (`{2}`)");
    public static readonly Text AddToButton = new("Zu Artikel {0}");
    public static readonly Text OtherArticleButton = new("Anderer Artikel");
    public static readonly Text SearchTitle = new("Zu welchem Artikel gehört „{0}“?");
    public static readonly Text SearchLabel = new("Suchbegriff, Titel oder Kennung des Artikels");
    public static readonly Text SearchSend = new("Suchen");
    public static readonly Text SearchTyped = new("Schreiben Sie: **Formulierung zu KENNUNG: {0}** (die Kennung steht in **Wissen Verlauf** und unter jeder Antwort).");
    public static readonly Text SearchResults = new("Diese Artikel passen zu „{0}“ – zu welchem gehört die Frage „{1}“?");
    public static readonly Text SearchNothing = new("Zu „{0}“ finde ich keinen Artikel. Versuchen Sie einen anderen Begriff, oder entwerfen Sie einen neuen Artikel.");
    public static readonly Text DismissButton = new("Verwerfen");
    public static readonly Text Dismissed = new("In Ordnung: „{0}“ ist keine Frage für NrwBot. Ich zeige sie unter Lernen nicht mehr, auch wenn jemand sie noch einmal fragt.");

    public static readonly Text Proposed = new("Entwurf #{0}: „{1}“ als Formulierung für „{2}“. Eine zweite Person der LKS gibt ihn unter **Entwürfe** frei; Sie bekommen Bescheid.");
    public static readonly Text AlreadyProposed = new("Diese Formulierung für „{1}“ wartet schon als Entwurf #{0} auf Freigabe.");
    public static readonly Text AlreadyThere = new("„{0}“ ist schon eine Formulierung von „{1}“.");
    public static readonly Text UsedElsewhere = new("„{0}“ gehört schon zum Artikel „{1}“; eine Frage kann nur zu einem Artikel gehören.");
    public static readonly Text UnknownArticle = new("Den Artikel „{0}“ gibt es nicht (mehr).");

    public static readonly Text DraftsTitle = new("Entwürfe zur Freigabe");
    public static readonly Text DraftsNothing = new("Keine Entwürfe warten auf Freigabe.");
    public static readonly Text DraftLine = new("**Entwurf #{0}** von {1} ({2}): „{3}“ als Formulierung für „{4}“ (`{5}`).");
    public static readonly Text OwnDraftHint = new("Ihr eigener Entwurf – freigeben muss ihn eine zweite Person der LKS.");
    public static readonly Text ApproveButton = new("Freigeben");
    public static readonly Text ApproveAllButton = new("Alle {0} freigeben");
    public static readonly Text ApprovedAll = new("{0} Entwürfe freigegeben");
    public static readonly Text ReturnButton = new("Zurück mit Kommentar");
    public static readonly Text ReturnFormTitle = new("Entwurf #{0} zurückgeben");
    public static readonly Text ReturnFormLabel = new("Kommentar für die Autorin oder den Autor");
    public static readonly Text ReturnFormSend = new("Zurückgeben");
    public static readonly Text ReturnTyped = new("Schreiben Sie: **Entwurf {0} zurück: Ihr Kommentar**");

    public static readonly Text Approved = new("Entwurf #{0} ist freigegeben: „{1}“ gehört jetzt zu „{2}“ (Version {3}). {4}");
    public static readonly Text Returned = new("Entwurf #{0} ist mit Ihrem Kommentar zurückgegeben. {1}");
    public static readonly Text UnknownDraft = new("Den Entwurf #{0} gibt es nicht.");
    public static readonly Text AlreadyDecided = new("Über Entwurf #{0} hat {1} schon entschieden ({2}).");
    public static readonly Text OwnDraft = new("Entwurf #{0} ist Ihr eigener – freigeben oder zurückgeben muss ihn eine zweite Person der LKS (Vier-Augen-Prinzip).");
    public static readonly Text UsedElsewhereNow = new("Entwurf #{0} ist nicht freigegeben: „{1}“ gehört inzwischen zum Artikel „{2}“.");
    public static readonly Text StateApproved = new("freigegeben");
    public static readonly Text StateReturned = new("zurückgegeben");
    public static readonly Text AuthorTold = new("Die Autorin oder der Autor bekommt Bescheid.");
    public static readonly Text AuthorNotReached = new("Die Autorin oder den Autor konnte ich gerade nicht erreichen.");

    public static readonly Text NoticeTitle = new("Entwurf #{0} wartet auf Ihre Freigabe");
    public static readonly Text NoticePhrasing = new("Neue Formulierung „{0}“ für den Artikel „{1}“.");
    public static readonly Text NoticeArticle = new("Für die Wissensdatenbank: {0} „{1}“ (`{2}`).");
    public static readonly Text NoticeNote = new("Vier Augen: freigeben kann jede Person der LKS außer der Autorin oder dem Autor. Alle offenen Entwürfe stehen unter **Entwürfe**.");
    public static readonly Text OpenDraftButton = new("Entwurf ansehen");
    public static readonly Text OpenDraftTyped = new("Entwurf {0}");

    public static readonly Text ToAuthorApproved = new("Ihr Entwurf #{0} ist von {1} freigegeben: „{2}“ gehört jetzt zu „{3}“; ich beantworte die Frage ab sofort direkt.");
    public static readonly Text ToAuthorReturned = new("Ihr Entwurf #{0} („{1}“ für „{2}“) kommt von {3} zurück: {4}");
}
