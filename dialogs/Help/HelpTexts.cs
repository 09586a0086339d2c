namespace NrwBot.Dialogs.Help;

/// <summary>The welcome and the overview of what NrwBot does, in one place so the LKS can reword them.</summary>
public static class HelpTexts
{
    public static readonly Text WelcomeTitle = new("Willkommen bei NrwBot");
    public static readonly Text WelcomeUserWithoutName = new("Hallo, ich bin **NrwBot**, der digitale Assistent im Netzwerk „NRWeltoffen: Lokale Handlungskonzepte gegen Rechtsextremismus und Rassismus“.");
    public static readonly Text WelcomeUser = new("Hallo {0}, ich bin **NrwBot**, der digitale Assistent im Netzwerk „NRWeltoffen: Lokale Handlungskonzepte gegen Rechtsextremismus und Rassismus“.");
    public static readonly Text WelcomeChannel = new("Hallo zusammen, ich bin **NrwBot**, der digitale Assistent im Netzwerk „NRWeltoffen“. Sprechen Sie mich hier mit **@NrwBot** an – zum Beispiel **@NrwBot Hilfe**.");
    public static readonly Text OverviewTitle = new("Was ich für Sie tun kann", "What I can do for you");
    public static readonly Text OverviewIntro = new("Schreiben Sie einfach Ihre Frage oder nutzen Sie einen der Befehle:",
        "Just type your question, or use one of the commands:");
    public static readonly Text SoonSuffix = new(" *(bald verfügbar)*", " *(coming soon)*");
    public static readonly Text CommandsLine = new("Außerdem: **Profil** (Ihre Region und Rolle), **abbrechen** (beendet jede laufende Abfrage), **Hilfe** (diese Übersicht).",
        "Also: **Profil** (your region and role), **abbrechen** (cancels whatever is running), **help** (this overview).");
    public static readonly Text PrivacyNote = new("NrwBot speichert nur, was die jeweilige Funktion braucht: Ihr Profil (Region und Rolle), den Stand laufender Abfragen und Ihre Anfragen an die LKS. **Meine Daten** zeigt alles, **Meine Daten löschen** löscht es.",
        "NrwBot keeps only what each feature needs: your profile (region and role), the state of open conversations and your requests to the LKS. **Meine Daten** shows it all, **Meine Daten löschen** deletes it.");
    public static readonly Text HelpButton = new("Hilfe");
    public static readonly Text ProfileButton = new("Profil", "Profile");
    public static readonly Text RequestButton = new("Unterstützung anfragen", "Request support");
    public static readonly Text ForExample = new("z. B.", "e.g.");

    /// <summary>The jobs of NrwBot with one example each (the order is the order users see).</summary>
    public static readonly IReadOnlyList<HelpJob> Jobs =
    [
        new(Capability.Knowledge, new("Fragen zur Förderrichtlinie und zu Formularen", "Questions on the funding guideline and forms"),
            new("„Bescheid oder Vertrag bei der Weiterleitung?“", "“When is the Verwendungsnachweis due?”")),
        new(Capability.Contacts, new("Ansprechpersonen und Kolleginnen und Kollegen finden", "Find contacts and colleagues"),
            new("„Wer macht in meiner Region Demokratiekonferenzen?“", "“Ansprechpartner in Dortmund”")),
        new(Capability.Requests, new("Unterstützungsbedarf an die LKS melden", "Ask the LKS for support"),
            new("„Ich brauche Unterstützung bei der Bestandsanalyse“", "“I need support with our needs analysis”")),
        new(Capability.Digest, new("Für die LKS: Überblick, Warteschlange und was NrwBot lernen soll", "For the LKS: overview, queue and what NrwBot should learn"),
            new("„Digest letzte 30 Tage“, „Warteschlange“, „Warteschlange überfällig“, „#42 notiz: …“, „Abwesend bis 19.12. Vertretung: Name“, „Wieder da“, „Lernen“, „Entwürfe“, „Artikel entwerfen“, „Wissen Verlauf mittelabruf“ (nur für die LKS)",
                "“Digest letzte 30 Tage”, “Warteschlange”, “Warteschlange überfällig”, “#42 notiz: …”, “Abwesend bis 19.12. Vertretung: Name”, “Wieder da”, “Lernen”, “Entwürfe”, “Artikel entwerfen”, “Wissen Verlauf mittelabruf” (LKS only)")),
        new(Capability.Onboarding, new("Einarbeitung für neue Fachkräfte", "Onboarding for new staff"),
            new("„Einarbeitung starten“", "“Einarbeitung starten”")),
        new(Capability.Calendar, new("Fristen und Termine, mit Erinnerung und Kalender-Abo", "Deadlines and events, with reminders and a calendar feed"),
            new("„Welche Fristen stehen an?“, „Fristen-Erinnerungen an“", "“Fristen”, “Kalender abonnieren”")),
        new(Capability.Pool, new("Kompetenzpool: zeigen, wobei Sie helfen können, und finden, wer sich auskennt", "Competence pool: say what you can help with, find who knows"),
            new("„Mein Kompetenzprofil“, „Wer kennt sich mit Beteiligungsforen aus?“", "“Mein Kompetenzprofil”, “Wer kennt sich mit Beteiligungsforen aus?”")),
        new(Capability.Network, new("Frag das Netzwerk: Kolleginnen und Kollegen aus anderen Kreisen fragen und ihnen antworten", "Ask the network: ask colleagues in other districts and answer them"),
            new("„Frag das Netzwerk: Wie gewinnt ihr Schulen für Workshops?“, „Netzwerkfragen an“", "“Frag das Netzwerk: Wie gewinnt ihr Schulen für Workshops?”, “Netzwerkfragen an”")),
        new(Capability.Results, new("Ergebnisse der Netzwerktreffen finden und Ihre Region im Vergleich zu NRW sehen", "Find what network meetings recorded and see your region against NRW"),
            new("„Was hat das Netzwerk 2007 zu Öffentlichkeitsarbeit festgehalten?“, „Regionale Analyse“; die LKS: „Ergebnisse erfassen“",
                "“Ergebnisse suchen Fortbildung”, “Regionale Analyse”; the LKS: “Ergebnisse erfassen”")),
        new(Capability.Materials, new("Materialbörse: Konzepte, Analysen und Vorlagen teilen und finden", "Materials: share and find concepts, analyses and templates"),
            new("„Material teilen“, „Gibt es ein Beispiel für eine Bestandsanalyse?“, „Ähnliche Konzepte“, „Meine Materialien“",
                "“Material teilen”, “Material suchen Handlungskonzept Schule”, “Ähnliche Konzepte”")),
    ];
}

/// <summary>One job of NrwBot in the overview: what it does and an example, German and English (commands in the examples stay German: they are the words the bot knows).</summary>
public sealed record HelpJob(Capability Capability, Text Description, Text Example);
