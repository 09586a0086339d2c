namespace NrwBot.Dialogs.Knowledge.Learning;

/// <summary>Every sentence of the article drafts (new articles and changes, four eyes), in one place so the LKS can reword it.</summary>
public static class ArticleDraftTexts
{
    public static readonly Text FlowTitle = new("Wissensartikel entwerfen");
    public static readonly Text IntroNew = new("Ein neuer Artikel für die Wissensdatenbank. Er wird erst veröffentlicht, wenn eine zweite Person der LKS ihn freigibt (dann gilt er als *geprüft*).");
    public static readonly Text IntroChange = new("Änderung an „{0}“ (veröffentlicht: Version {1}). Sie wird erst veröffentlicht, wenn eine zweite Person der LKS sie freigibt.");
    public static readonly Text Save = new("Entwurf speichern");
    public static readonly Text TitleLabel = new("Titel");
    public static readonly Text TitlePrompt = new("Wie heißt der Artikel? (z. B. *Mittelabruf*)");
    public static readonly Text BodyLabel = new("Antwort (Markdown)");
    public static readonly Text BodyPrompt = new("Die Antwort, wie NrwBot sie zeigen soll (Markdown: **fett**, Listen mit „-“, Links als [Text](https://…)).");
    public static readonly Text QuestionsLabel = new("Typische Fragen (eine pro Zeile)");
    public static readonly Text QuestionsPrompt = new("Wie fragen Fachkräfte danach? Eine Frage pro Zeile (auf Text-Kanälen durch „;“ getrennt).");
    public static readonly Text SourceLabel = new("Quelle");
    public static readonly Text SourcePrompt = new("Worauf stützt sich die Antwort? (z. B. *Förderrichtlinie NRWeltoffen, Nr. 7.2*)");
    public static readonly Text FormsLabel = new("Formulare (freiwillig, eines pro Zeile: Name | https://…)");
    public static readonly Text FormsPrompt = new("Welche Formulare gehören dazu? Eines pro Zeile als *Name | https://…*, oder nur der Name eines Formulars, das die Wissensdatenbank schon kennt („;“ trennt auf Text-Kanälen).");
    public static readonly Text ValidUntilLabel = new("Gültig bis (freiwillig)");
    public static readonly Text ValidUntilPrompt = new("Gilt die Antwort nur bis zu einem Tag (eine Frist, ein Förderjahr)? Datum wie 31.12.2027.");
    public static readonly Text TagsLabel = new("Schlagworte (freiwillig, durch Komma getrennt)");
    public static readonly Text TagsPrompt = new("Schlagworte, durch Komma getrennt (z. B. *Finanzen, Fristen*).");

    public static readonly Text Missing = new("{0}: bitte ausfüllen.");
    public static readonly Text TooLong = new("{0}: höchstens {1} Zeichen.");
    public static readonly Text TooMany = new("{0}: höchstens {1} Einträge.");
    public static readonly Text BrokenLink = new("Antwort: der Link „{0}“ ist keine gültige Adresse (nur https:// oder http://).");
    public static readonly Text FormNotHttps = new("Formulare: „{0}“ braucht eine https://-Adresse.");
    public static readonly Text UnknownForm = new("Formulare: „{0}“ kenne ich nicht. Bitte mit Adresse angeben: *{0} | https://…*");
    public static readonly Text NotADate = new("Gültig bis: „{0}“ ist kein Datum (so: 31.12.2027).");
    public static readonly Text DateInPast = new("Gültig bis: der {0} liegt in der Vergangenheit – ein abgelaufener Artikel würde nur mit Warnung gezeigt.");

    public static readonly Text Saved = new("Entwurf #{0} („{1}“) ist gespeichert. Veröffentlicht wird er, wenn eine zweite Person der LKS ihn unter **Entwürfe** freigibt; die anderen sehen ihn dort ab sofort.");
    public static readonly Text Replaced = new("Ihr offener Entwurf #{0} („{1}“) ist durch diese Fassung ersetzt.");
    public static readonly Text BeingEdited = new("„{0}“ hat {1} schon als Entwurf #{2} in Arbeit ({3}). Damit nichts überschrieben wird, habe ich Ihre Fassung nicht gespeichert. Der Entwurf von {1}:");
    public static readonly Text ChangedMeanwhile = new("Inzwischen ist von „{0}“ Version {1} veröffentlicht. Ihre Fassung beruht auf einer älteren und ist nicht gespeichert – bitte beginnen Sie mit der aktuellen neu:");
    public static readonly Text ArticleExists = new("Einen Artikel mit der Kennung `{0}` gibt es schon. Bitte wählen Sie einen anderen Titel oder ändern Sie den vorhandenen mit **Artikel ändern {0}**.");
    public static readonly Text EditAgain = new("Mit aktueller Version neu beginnen");
    public static readonly Text UnknownArticle = new("Den Artikel `{0}` gibt es nicht. Die Kennung steht unter jeder Antwort und in **Wissen Verlauf**.");
    public static readonly Text FromRequestButton = new("Als Wissensartikel vorschlagen");
    public static readonly Text FromRequestSource = new("Antwort der LKS auf die Anfrage {0}");
    public static readonly Text FromRequestUnknown = new("Die Anfrage {0} gibt es nicht (mehr) oder sie hat keine Antwort.");
    public static readonly Text FromNetworkSource = new("Erfahrungen aus dem Netzwerk (Netzwerkfrage {0}), von der LKS geprüft");
    public static readonly Text FromNetworkIntro = new("Antworten aus dem Netzwerk (Netzwerkfrage {0}) – bitte zu einer Antwort der LKS umschreiben:");
    public static readonly Text FromNetworkUnknown = new("Die Netzwerkfrage {0} gibt es nicht, sie ist ausgeblendet oder zurückgezogen, oder sie hat noch keine sichtbare Antwort.");
    public static readonly Text NewArticleButton = new("Neuer Artikel");
    public static readonly Text EditArticleButton = new("Artikel ändern");
    public static readonly Text DownTitle = new("👎 Antworten, die nicht geholfen haben");
    public static readonly Text DownQuestion = new("„{0}“ bekam den Artikel „{1}“ (`{2}`).");
    public static readonly Text DownComment = new("Was gefehlt hat: „{0}“");
    public static readonly Text DraftArticleLine = new("**Entwurf #{0}** von {1} ({2}): {3} „{4}“ (`{5}`)");
    public static readonly Text KindNew = new("neuer Artikel");
    public static readonly Text KindChange = new("Änderung von Version {0} an");
    public static readonly Text PreviewQuestions = new("Fragen: {0}");
    public static readonly Text PreviewSource = new("Quelle: {0}");
    public static readonly Text PreviewForms = new("Formulare: {0}");
    public static readonly Text PreviewValidUntil = new("Gültig bis: {0}");
    public static readonly Text Approved = new("Entwurf #{0} ist freigegeben: „{1}“ ist als Version {2} veröffentlicht (geprüft). {3}");
    public static readonly Text ToAuthorApproved = new("Ihr Entwurf #{0} („{1}“) ist von {2} freigegeben und als Version {3} veröffentlicht.");
    public static readonly Text ToAuthorReturned = new("Ihr Entwurf #{0} („{1}“) kommt von {2} zurück: {3}");
    public static readonly Text ChangedMeanwhileAtApproval = new("Entwurf #{0} ist nicht freigegeben: von „{1}“ wurde inzwischen eine andere Version veröffentlicht. Die Autorin oder der Autor muss die Änderung auf der aktuellen Version neu entwerfen.");
}
