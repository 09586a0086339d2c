namespace NrwBot.Dialogs.Digest;

/// <summary>
/// Everything the digest says, in one place so the LKS can reword it: the card, the e-mail, the exports, the chart,
/// the replies to "Digest …" and the command line.
/// </summary>
public static class DigestTexts
{
    // Title and period
    public const string Title = "NrwBot-Digest {0}";
    public const string WeekLabel = "KW {0}: {1}–{2}";
    public const string RangeLabel = "{0}–{1}";
    public const string LateNote = "⏰ Verspätet: Dieser Digest war für {0} geplant; NrwBot war zu der Zeit nicht erreichbar.";
    public const string RegionNote = "Anfragen nur aus **{0}**; Fragen, Onboarding und Artikel: ganz NRW.";
    public const string PrivacyNote = "Anfragetexte ohne personenbezogene Daten; Namen nur, wo die Anfragenden zugestimmt haben.";
    public const string CardLimitNote = "… und {0} weitere (vollständig in der E-Mail und mit `digest` auf der Kommandozeile).";

    // Section headings
    public const string NewHeading = "Neue Anfragen";
    public const string ByCategoryHeading = "Nach Kategorie";
    public const string ByRegionHeading = "Nach Region";
    public const string OpenHeading = "Offene Anfragen";
    public const string ByHolderHeading = "Nach Bearbeitung";
    public const string ResolvedHeading = "Erledigt";
    public const string UnansweredHeading = "Unbeantwortete Fragen – Artikel, die fehlen";
    public const string DownvotedHeading = "Antworten mit 👎";
    public const string OnboardingHeading = "Onboarding";
    public const string ExpiredHeading = "Abgelaufene Artikel prüfen";
    public const string ChartTitle = "Neue Anfragen je Kategorie";
    public const string ChartAlt = "Balkendiagramm: neue Anfragen je Kategorie";

    // Facts (card) and summary lines
    public const string NewFact = "{0} {1} (Vorperiode: {2})";
    public const string OpenFact = "{0} (über 7 Tage: {1}, über 14 Tage: {2})";
    public const string ResolvedFact = "{0} · Median bis erledigt: {1}";
    public const string ResolvedNoMedian = "{0}";
    public const string UnansweredFact = "{0} Fragen in {1} Themen (von {2} gestellten)";
    public const string DownvotedFact = "{0}";
    public const string OnboardingFact = "{0} begonnen · {1} abgeschlossen · {2} ohne Fortschritt";
    public const string ExpiredFact = "{0}";

    // List items
    public const string CountItem = "{0}: {1} {2} (Vorperiode: {3})";
    public const string OpenItem = "{0} #{1} · {2} · {3} · {4} · {5}: „{6}“";
    public const string RequesterSuffix = " (von {0})";
    public const string HolderItem = "{0}: {1} (über 7 Tage: {2})";
    public const string QuestionItem = "{0}× „{1}“";
    public const string OtherWordings = " – auch: {0}";
    public const string DownvotedItem = "{0}× {1} ({2})";
    public const string DownvotedQuestions = " – zu: {0}";
    public const string ExpiredItem = "{0} ({1}) – gültig bis {2}";
    public const string None = "keine";
    public const string NoRegion = "ohne Region";
    public const string NoHolder = "nicht zugewiesen";
    public const string HeldBy = "bei {0}";
    public const string AgeDays = "{0} Tage";
    public const string AgeOneDay = "1 Tag";
    public const string AgeToday = "seit heute";
    public const string MarkOverFourteen = "🔴";
    public const string MarkOverSeven = "🟠";
    public const string MarkRecent = "⚪";
    public const string TrendUp = "↑";
    public const string TrendDown = "↓";
    public const string TrendSame = "=";
    public const string Hours = "{0} Std.";
    public const string Days = "{0} Tage";

    // Table headings (Markdown, HTML)
    public const string ColumnCategory = "Kategorie";
    public const string ColumnRegion = "Region";
    public const string ColumnCount = "Anzahl";
    public const string ColumnPrevious = "Vorperiode";
    public const string ColumnTrend = "Trend";
    public const string ColumnNumber = "Nr.";
    public const string ColumnAge = "Alter";
    public const string ColumnHolder = "Bearbeitung";
    public const string ColumnText = "Anliegen";
    public const string ColumnOpen = "offen";
    public const string ColumnOverSeven = "über 7 Tage";
    public const string ColumnQuestion = "Frage";
    public const string ColumnArticle = "Artikel";
    public const string ColumnValidUntil = "gültig bis";
    public const string ColumnState = "Status";
    public const string ColumnCreated = "Erstellt";
    public const string ColumnResolved = "Erledigt";
    public const string Legend = "🔴 über 14 Tage offen · 🟠 über 7 Tage offen";

    // Request states (CSV and lists)
    public const string StateOpen = "offen";
    public const string StateInProgress = "in Bearbeitung";
    public const string StateResolved = "erledigt";
    public const string StateClosed = "geschlossen";

    // Chat
    public const string OnlyForLks = "Den Digest kann nur die **LKS** abrufen. Wenn Sie zur LKS gehören und trotzdem diese Nachricht sehen, bitten Sie die Administration, Sie unter „Lks:Members“ einzutragen.";
    public const string UnknownRegion = "„{0}“ kenne ich nicht als Kreis oder kreisfreie Stadt in NRW. Beispiel: **Digest Kreis Düren**.";
    public const string AmbiguousRegion = "„{0}“ passt zu mehreren Regionen: {1}. Bitte schreiben Sie zum Beispiel **Digest {2}**.";
    public const string DaysOutOfRange = "Bitte wählen Sie zwischen 1 und {0} Tagen, zum Beispiel **Digest letzte 30 Tage**.";
    public const string ChartAsText = "Neue Anfragen je Kategorie:";

    // E-mail
    public const string MailPlainIntro = "NrwBot-Digest für die LKS. Die HTML-Fassung dieser E-Mail enthält zusätzlich das Diagramm.";
    public const string LateSubjectSuffix = " (verspätet)";

    // Command line
    public const string Usage = "Aufruf: dotnet run --project bot -- digest [--from JJJJ-MM-TT --to JJJJ-MM-TT] [--format md|html|csv|json] [--region \"Kreis Düren\"]\n" +
        "Ohne --from/--to: die vorige Kalenderwoche. --to ist der letzte Tag (einschließlich).";
    public const string BadDate = "Ungültiges Datum für {0}: „{1}“ (erwartet JJJJ-MM-TT).";
    public const string BadFormat = "Unbekanntes Format „{0}“ (md, html, csv oder json).";
    public const string FromAfterTo = "--from liegt nach --to.";
    public const string FromAndToTogether = "Bitte --from und --to zusammen angeben.";
    public const string UnknownOption = "Unbekannte Angabe „{0}“.";
}
