namespace NrwBot.Dialogs.Digest;

/// <summary>
/// Everything the digest says, in one place so the LKS can reword it: the card, the e-mail, the exports, the chart,
/// the replies to "Digest …" and the command line.
/// </summary>
public static class DigestTexts
{
    public static readonly Text LearnButton = new("Lernen: Antworten für diese Fragen hinterlegen");

    // Title and period
    public static readonly Text Title = new("NrwBot-Digest {0}");
    public static readonly Text WeekLabel = new("KW {0}: {1}–{2}");
    public static readonly Text RangeLabel = new("{0}–{1}");
    public static readonly Text LateNote = new("⏰ Verspätet: Dieser Digest war für {0} geplant; NrwBot war zu der Zeit nicht erreichbar.");
    public static readonly Text RegionNote = new("Anfragen nur aus **{0}**; Fragen, Onboarding und Artikel: ganz NRW.");
    public static readonly Text PrivacyNote = new("Anfragetexte ohne personenbezogene Daten; Namen nur, wo die Anfragenden zugestimmt haben.");
    public static readonly Text CardLimitNote = new("… und {0} weitere (vollständig in der E-Mail und mit `digest` auf der Kommandozeile).");

    // Section headings
    public static readonly Text NewHeading = new("Neue Anfragen");
    public static readonly Text ByCategoryHeading = new("Nach Kategorie");
    public static readonly Text ByRegionHeading = new("Nach Region");
    public static readonly Text OpenHeading = new("Offene Anfragen");
    public static readonly Text ByHolderHeading = new("Nach Bearbeitung");
    public static readonly Text ResolvedHeading = new("Erledigt");
    public static readonly Text UnansweredHeading = new("Unbeantwortete Fragen – Artikel, die fehlen");
    public static readonly Text DownvotedHeading = new("Antworten mit 👎");
    public static readonly Text ColumnAverage = new("Durchschnitt (1–5)");
    public static readonly Text ColumnComments = new("Kommentare");
    public static readonly Text ServiceLevelsHeading = new("Servicezeiten je Kategorie");
    public static readonly Text ServiceLevelsFact = new("{0} von {1} rechtzeitig erledigt");
    public static readonly Text ServiceLevelsNone = new("keine");
    public static readonly Text ServiceLevelItem = new("{0}: {1} · {2}");
    public static readonly Text OnTimeShare = new("rechtzeitig {0} % ({1} von {2})");
    public static readonly Text OnTimeNone = new("nichts erledigt");
    public static readonly Text FirstResponse = new("erste Reaktion im Median nach {0} ({1}×)");
    public static readonly Text FirstResponseNone = new("keine erste Reaktion");
    public static readonly Text ColumnOnTime = new("Rechtzeitig erledigt");
    public static readonly Text ColumnFirstResponse = new("Median bis zur ersten Reaktion");
    public static readonly Text ColumnStars = new("Bewertung (1–5)");
    public static readonly Text RatingsHeading = new("Bewertungen durch Anfragende");
    public static readonly Text RatingsFact = new("{0} · Durchschnitt {1} von 5");
    public static readonly Text RatingsNone = new("keine");
    public static readonly Text RatingItem = new("{0}: {1}× · Durchschnitt {2} von 5");
    public static readonly Text RatingComments = new(" – {0}");
    public static readonly Text OnboardingHeading = new("Onboarding");
    public static readonly Text ExpiredHeading = new("Abgelaufene Artikel prüfen");
    public static readonly Text ChartTitle = new("Neue Anfragen je Kategorie");
    public static readonly Text ChartAlt = new("Balkendiagramm: neue Anfragen je Kategorie");

    // Facts (card) and summary lines
    public static readonly Text NewFact = new("{0} {1} (Vorperiode: {2})");
    public static readonly Text OpenFact = new("{0} (über 7 Tage: {1}, über 14 Tage: {2})");
    public static readonly Text ResolvedFact = new("{0} · Median bis erledigt: {1}");
    public static readonly Text ResolvedNoMedian = new("{0}");
    public static readonly Text UnansweredFact = new("{0} Fragen in {1} Themen (von {2} gestellten)");
    public static readonly Text DownvotedFact = new("{0}");
    public static readonly Text OnboardingFact = new("{0} begonnen · {1} abgeschlossen · {2} ohne Fortschritt");
    public static readonly Text ExpiredFact = new("{0}");

    // List items
    public static readonly Text CountItem = new("{0}: {1} {2} (Vorperiode: {3})");
    public static readonly Text OpenItem = new("{0} #{1} · {2} · {3} · {4} · {5}: „{6}“");
    public static readonly Text RequesterSuffix = new(" (von {0})");
    public static readonly Text HolderItem = new("{0}: {1} (über 7 Tage: {2})");
    public static readonly Text QuestionItem = new("{0}× „{1}“");
    public static readonly Text OtherWordings = new(" – auch: {0}");
    public static readonly Text DownvotedItem = new("{0}× {1} ({2})");
    public static readonly Text DownvotedQuestions = new(" – zu: {0}");
    public static readonly Text ExpiredItem = new("{0} ({1}) – gültig bis {2}");
    public static readonly Text None = new("keine");
    public static readonly Text NoRegion = new("ohne Region");
    public static readonly Text NoHolder = new("nicht zugewiesen");
    public static readonly Text HeldBy = new("bei {0}");
    public static readonly Text AgeDays = new("{0} Tage");
    public static readonly Text AgeOneDay = new("1 Tag");
    public static readonly Text AgeToday = new("seit heute");
    public static readonly Text MarkOverFourteen = new("🔴");
    public static readonly Text MarkOverSeven = new("🟠");
    public static readonly Text MarkRecent = new("⚪");
    public static readonly Text TrendUp = new("↑");
    public static readonly Text TrendDown = new("↓");
    public static readonly Text TrendSame = new("=");
    public static readonly Text Hours = new("{0} Std.");
    public static readonly Text Days = new("{0} Tage");

    // Table headings (Markdown, HTML)
    public static readonly Text ColumnCategory = new("Kategorie");
    public static readonly Text ColumnRegion = new("Region");
    public static readonly Text ColumnCount = new("Anzahl");
    public static readonly Text ColumnPrevious = new("Vorperiode");
    public static readonly Text ColumnTrend = new("Trend");
    public static readonly Text ColumnNumber = new("Nr.");
    public static readonly Text ColumnAge = new("Alter");
    public static readonly Text ColumnHolder = new("Bearbeitung");
    public static readonly Text ColumnText = new("Anliegen");
    public static readonly Text ColumnOpen = new("offen");
    public static readonly Text ColumnOverSeven = new("über 7 Tage");
    public static readonly Text ColumnQuestion = new("Frage");
    public static readonly Text ColumnArticle = new("Artikel");
    public static readonly Text ColumnValidUntil = new("gültig bis");
    public static readonly Text ColumnState = new("Status");
    public static readonly Text ColumnCreated = new("Erstellt");
    public static readonly Text ColumnResolved = new("Erledigt");
    public static readonly Text Legend = new("🔴 über 14 Tage offen · 🟠 über 7 Tage offen");

    // Request states (CSV and lists)
    public static readonly Text StateOpen = new("offen");
    public static readonly Text StateInProgress = new("in Bearbeitung");
    public static readonly Text StateResolved = new("erledigt");
    public static readonly Text StateClosed = new("geschlossen");

    // Chat
    public static readonly Text OnlyForLks = new("Den Digest kann nur die **LKS** abrufen. Wenn Sie zur LKS gehören und trotzdem diese Nachricht sehen, bitten Sie die Administration, Sie unter „Lks:Members“ einzutragen.");
    public static readonly Text UnknownRegion = new("„{0}“ kenne ich nicht als Kreis oder kreisfreie Stadt in NRW. Beispiel: **Digest Kreis Düren**.");
    public static readonly Text AmbiguousRegion = new("„{0}“ passt zu mehreren Regionen: {1}. Bitte schreiben Sie zum Beispiel **Digest {2}**.");
    public static readonly Text DaysOutOfRange = new("Bitte wählen Sie zwischen 1 und {0} Tagen, zum Beispiel **Digest letzte 30 Tage**.");
    public static readonly Text ChartAsText = new("Neue Anfragen je Kategorie:");

    // E-mail
    public static readonly Text MailPlainIntro = new("NrwBot-Digest für die LKS. Die HTML-Fassung dieser E-Mail enthält zusätzlich das Diagramm.");
    public static readonly Text LateSubjectSuffix = new(" (verspätet)");

    // Command line
    public static readonly Text Usage = new("Aufruf: dotnet run --project bot -- digest [--from JJJJ-MM-TT --to JJJJ-MM-TT] [--format md|html|csv|json] [--region \"Kreis Düren\"]\n" +
        "Ohne --from/--to: die vorige Kalenderwoche. --to ist der letzte Tag (einschließlich).");
    public static readonly Text BadDate = new("Ungültiges Datum für {0}: „{1}“ (erwartet JJJJ-MM-TT).");
    public static readonly Text BadFormat = new("Unbekanntes Format „{0}“ (md, html, csv oder json).");
    public static readonly Text FromAfterTo = new("--from liegt nach --to.");
    public static readonly Text FromAndToTogether = new("Bitte --from und --to zusammen angeben.");
    public static readonly Text UnknownOption = new("Unbekannte Angabe „{0}“.");
}
