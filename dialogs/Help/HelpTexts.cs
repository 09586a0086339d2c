namespace NrwBot.Dialogs.Help;

/// <summary>The welcome and the overview of what NrwBot does, in one place so the LKS can reword them.</summary>
public static class HelpTexts
{
    public const string WelcomeTitle = "Willkommen bei NrwBot";
    public const string WelcomeUserWithoutName = "Hallo, ich bin **NrwBot**, der digitale Assistent im Netzwerk „NRWeltoffen: Lokale Handlungskonzepte gegen Rechtsextremismus und Rassismus“.";
    public const string WelcomeUser = "Hallo {0}, ich bin **NrwBot**, der digitale Assistent im Netzwerk „NRWeltoffen: Lokale Handlungskonzepte gegen Rechtsextremismus und Rassismus“.";
    public const string WelcomeChannel = "Hallo zusammen, ich bin **NrwBot**, der digitale Assistent im Netzwerk „NRWeltoffen“. Sprechen Sie mich hier mit **@NrwBot** an – zum Beispiel **@NrwBot Hilfe**.";
    public const string OverviewTitle = "Was ich für Sie tun kann";
    public const string OverviewIntro = "Schreiben Sie einfach Ihre Frage oder nutzen Sie einen der Befehle:";
    public const string SoonSuffix = " *(bald verfügbar)*";
    public const string CommandsLine = "Außerdem: **Profil** (Ihre Region und Rolle), **abbrechen** (beendet jede laufende Abfrage), **Hilfe** (diese Übersicht).";
    public const string PrivacyNote = "NrwBot speichert nur, was die jeweilige Funktion braucht: Ihr Profil (Region und Rolle), den Stand laufender Abfragen und Ihre Anfragen an die LKS. **Meine Daten** zeigt alles, **Meine Daten löschen** löscht es.";
    public const string HelpButton = "Hilfe";
    public const string ProfileButton = "Profil";
    public const string RequestButton = "Unterstützung anfragen";

    // English, for users who write English ("help", "What can you do?"). Commands stay German: they are the words the bot knows.
    public const string OverviewTitleEnglish = "What I can do for you";
    public const string OverviewIntroEnglish = "Just type your question, or use one of the commands:";
    public const string SoonSuffixEnglish = " *(coming soon)*";
    public const string ForExampleEnglish = "e.g.";
    public const string ForExample = "z. B.";
    public const string CommandsLineEnglish = "Also: **Profil** (your region and role), **abbrechen** (cancels whatever is running), **help** (this overview).";
    public const string PrivacyNoteEnglish = "NrwBot keeps only what each feature needs: your profile (region and role), the state of open conversations and your requests to the LKS. **Meine Daten** shows it all, **Meine Daten löschen** deletes it.";
    public const string ProfileButtonEnglish = "Profile";
    public const string RequestButtonEnglish = "Request support";

    /// <summary>The jobs of NrwBot with one example each (the order is the order users see).</summary>
    public static readonly IReadOnlyList<HelpJob> Jobs =
    [
        new(Capability.Knowledge, "Fragen zur Förderrichtlinie und zu Formularen", "„Bescheid oder Vertrag bei der Weiterleitung?“",
            "Questions on the funding guideline and forms", "“When is the Verwendungsnachweis due?”"),
        new(Capability.Contacts, "Ansprechpersonen und Kolleginnen und Kollegen finden", "„Wer macht in meiner Region Demokratiekonferenzen?“",
            "Find contacts and colleagues", "“Ansprechpartner in Dortmund”"),
        new(Capability.Requests, "Unterstützungsbedarf an die LKS melden", "„Ich brauche Unterstützung bei der Bestandsanalyse“",
            "Ask the LKS for support", "“I need support with our needs analysis”"),
        new(Capability.Digest, "Überblick für die LKS: was gefragt und gebraucht wurde", "„Digest letzte 30 Tage“ (nur für die LKS)",
            "Digest for the LKS: what was asked and needed", "“Digest letzte 30 Tage” (LKS only)"),
        new(Capability.Onboarding, "Einarbeitung für neue Fachkräfte", "„Einarbeitung starten“",
            "Onboarding for new staff", "“Einarbeitung starten”"),
        new(Capability.Calendar, "Fristen und Termine, mit Erinnerung und Kalender-Abo", "„Welche Fristen stehen an?“, „Fristen-Erinnerungen an“",
            "Deadlines and events, with reminders and a calendar feed", "“Fristen”, “Kalender abonnieren”"),
    ];
}

public sealed record HelpJob(Capability Capability, string Description, string Example, string DescriptionEnglish, string ExampleEnglish);
