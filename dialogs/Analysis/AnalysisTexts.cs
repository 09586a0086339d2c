namespace NrwBot.Dialogs.Analysis;

/// <summary>Everything the regional analysis says (German; an LKS and staff view).</summary>
public static class AnalysisTexts
{
    public static readonly Text Title = new("Regionale Analyse: {0} im Vergleich zu NRW ({1})");
    public static readonly Text PeriodLabel = new("{0} – {1}");
    public static readonly Text Nrw = new("NRW");
    public static readonly Text BelowThreshold = new("< 3");
    public static readonly Text NotAttributable = new("–");
    public static readonly Text NoTopic = new("ohne erkennbares Thema");
    public static readonly Text SupportRequests = new("Unterstützungsanfragen nach Kategorie");
    public static readonly Text UnansweredQuestions = new("Unbeantwortete Fragen nach Thema");
    public static readonly Text SupportNeeds = new("Unterstützungsbedarfe aus erfassten Ergebnissen nach Kategorie");
    public static readonly Text MaterialsShared = new("Geteilte Materialien nach Art");
    public static readonly Text NetworkQuestions = new("Netzwerkfragen");
    public static readonly Text NetworkAsked = new("gestellt");
    public static readonly Text NetworkAnswered = new("beantwortet");
    public static readonly Text ActiveOffices = new("Aktive Stellen");
    public static readonly Text ActiveOfficesLine = new("**{0}:** {1} von {2} Kreisen und kreisfreien Städten · NRW: {3} von {4}");
    public static readonly Text SectionHeading = new("**{0}** ({1}: {2} · NRW: {3})");
    public static readonly Text Row = new("{0}: {1} · NRW {2}");
    public static readonly Text NothingInSection = new("keine im Zeitraum");
    public static readonly Text NotAttributableNote = new("nur landesweit, ohne Region erfasst");
    public static readonly Text DifferencesHeading = new("**Auffällig:**");
    public static readonly Text NoDifferences = new("Keine deutlichen Unterschiede zum Landesschnitt (oder zu wenige Fälle, um sie zu nennen).");
    public static readonly Text MoreOften = new("{0} wird „{1}“ {2} {3} wie im Landesschnitt ({4} % statt {5} % der {6}).");
    public static readonly Text Twice = new("doppelt so oft");
    public static readonly Text ThreeTimes = new("dreimal so oft");
    public static readonly Text TimesAsOften = new("{0:0.#}-mal so oft");
    public static readonly Text Half = new("nur halb so oft");
    public static readonly Text LessOften = new("seltener");
    public static readonly Text RequestsVerb = new("angefragt");
    public static readonly Text RequestsNoun = new("Anfragen");
    public static readonly Text NeedsVerb = new("als Unterstützungsbedarf genannt");
    public static readonly Text NeedsNoun = new("Unterstützungsbedarfe");
    public static readonly Text MaterialsVerb = new("geteilt");
    public static readonly Text MaterialsNoun = new("Materialien");
    public static readonly Text InArea = new("In {0}");
    public static readonly Text InMasculineArea = new("Im {0}");
    public static readonly Text InFeminineArea = new("In der {0}");
    public static readonly Text PrivacyNote = new("Datenschutz: Zahlen unter 3 werden pro Region als „< 3“ gezeigt. Unbeantwortete Fragen und Netzwerkfragen werden ohne Kreis oder Stadt erfasst und nur landesweit gezählt.");
    public static readonly Text ChartTitle = new("Anteil je Kategorie: {0} und NRW");
    public static readonly Text ChartPercent = new("Anteil der Anfragen in %");
    public static readonly Text OnlyOwnRegion = new("Die regionale Analyse zeigt Ihnen Ihre eigene Region ({0}) im Vergleich zu NRW. Mit **Regionale Analyse NRW** sehen Sie das ganze Land; andere Regionen sieht die LKS.");
    public static readonly Text NeedsProfile = new("Für die regionale Analyse brauche ich Ihre Region: legen Sie sie unter **Profil** fest. Dann zeigt **Regionale Analyse** Ihre Region im Vergleich zu NRW.");
    public static readonly Text WhichRegion = new("Welche Region? Zum Beispiel **Regionale Analyse Regierungsbezirk Detmold**, **Regionale Analyse Kreis Lippe** oder **Regionale Analyse Bielefeld seit 01.01.2026**.");
    public static readonly Text UnknownRegion = new("„{0}“ kenne ich nicht als Kreis, kreisfreie Stadt oder Regierungsbezirk in NRW.");
    public static readonly Text AmbiguousRegion = new("„{0}“ ist nicht eindeutig: {1}. Bitte genauer, z. B. **Regionale Analyse {2}**.");
    public static readonly Text BadPeriod = new("Den Zeitraum „{0}“ verstehe ich nicht. Möglich sind **seit 01.03.2026**, **seit 2025** oder ein Jahr wie **2026**; ohne Angabe die letzten 12 Monate.");
    public static readonly Text Usage = new("Aufruf: analysis --region NAME [--from JJJJ-MM-TT --to JJJJ-MM-TT] [--format md|csv|json]");
    public static readonly Text UnknownOption = new("Unbekannte Angabe: {0}");
    public static readonly Text RegionMissing = new("--region fehlt (ein Kreis, eine kreisfreie Stadt oder „Regierungsbezirk Detmold“).");
    public static readonly Text FromAfterTo = new("--from liegt nach --to.");
    public static readonly Text DigestHeading = new("Regionen");
    public static readonly Text DigestHeadlineOne = new("{0} im Vergleich zu NRW");
    public static readonly Text DigestHeadlineAll = new("Regierungsbezirke im Vergleich zu NRW");
    public static readonly Text DigestAreaLine = new("{0}: {1} Anfragen (NRW {2}), {3} unbeantwortete Fragen (NRW {4}), {5} Unterstützungsbedarfe aus Ergebnissen, aktive Stellen {6} von {7}");
}
