namespace NrwBot.Dialogs.Calendar;

/// <summary>Everything the deadline calendar says, in one place so the LKS can reword it.</summary>
public static class CalendarTexts
{
    public static readonly string[] ListWords = ["fristen", "termine", "fristen und termine", "welche fristen stehen an?", "welche fristen stehen an",
        "welche termine stehen an?", "welche termine stehen an", "was steht an?", "was steht an", "kalender", "deadlines"];
    public static readonly string[] RemindersOnWords = ["fristen-erinnerungen an", "fristenerinnerungen an", "fristen erinnerungen an", "fristen-erinnerung an"];
    public static readonly string[] RemindersOffWords = ["fristen-erinnerungen aus", "fristenerinnerungen aus", "fristen erinnerungen aus", "fristen-erinnerung aus"];
    public static readonly string[] FeedWords = ["kalender abonnieren", "kalender-abo", "kalenderabo", "kalender in outlook", "ical", "ics"];
    public static readonly string[] FeedRenewWords = ["kalender-abo erneuern", "kalenderabo erneuern", "kalender abo erneuern", "kalender-link erneuern"];
    public static readonly string[] FeedStopWords = ["kalender-abo beenden", "kalenderabo beenden", "kalender abo beenden", "kalender-abo löschen"];

    /// <summary>"Termine im Januar", "Fristen im März 2027".</summary>
    public const string MonthPattern = @"^(?:fristen|termine|fristen und termine)\s+(?:im|in|für)\s+(?<month>[a-zäöü]+)(?:\s+(?<year>\d{4}))?\s*[?.!]?$";

    /// <summary>"Frist eintragen: 31.01.2027; Mittelabruf; für Fachkraft; Erinnerung 14, 3; Link mittelabruf".</summary>
    public const string AddPattern = @"^(?<kind>frist|termin)\s+(?:eintragen|hinzufügen|anlegen)\s*:?\s*(?<rest>.*)$";

    public const string DeletePattern = @"^(?:frist|termin)\s+(?:löschen|entfernen)\s*:?\s*(?<id>[a-z0-9-]+)\s*$";

    public const string Title = "Fristen und Termine";
    public const string MonthTitle = "Fristen und Termine im {0} {1}";
    public const string Nothing = "Für Ihre Rolle und Region stehen keine Fristen oder Termine an.";
    public const string NothingInMonth = "Im {0} {1} stehen für Ihre Rolle und Region keine Fristen oder Termine an.";
    public const string ForWhom = "Für: {0}.";
    public const string ForWhomNoProfile = "Ohne Profil zeige ich nur, was alle betrifft. Mit **Profil** (Region und Rolle) sehen Sie auch die Fristen Ihrer Region und Rolle.";
    public const string More = "… und {0} weitere. Fragen Sie nach einem Monat, z. B. **Termine im Januar**.";
    public const string ExampleNote = "Beispielinhalt – von der LKS noch zu prüfen.";
    public const string Footer = "**Fristen-Erinnerungen an** erinnert Sie rechtzeitig, **Kalender abonnieren** bringt die Termine in Outlook.";
    public const string DeadlineLabel = "Frist";
    public const string EventLabel = "Termin";
    public const string Line = "- **{0}** {1}: {2}{3}";
    public const string RangeDates = "{0} – {1}";
    public const string NextDate = "📅 Nächster Termin aus dem Kalender der LKS: {0}. Alle mit **Fristen**.";
    public const string ArticleButton = "Mehr zu: {0}";
    public const string LinkButton = "Formular/Seite: {0}";
    public const string UnknownMonth = "„{0}“ kenne ich nicht als Monat. Schreiben Sie z. B. **Termine im Januar** oder **Fristen im März 2027**.";
    public const string AudienceAll = "alle";

    public const string RemindersOn = "Erledigt: Ich erinnere Sie an die Fristen und Termine für Ihre Rolle und Region ({0}), jeweils an den eingetragenen Tagen vorher, werktags zwischen 9 und 17 Uhr. **Fristen-Erinnerungen aus** schaltet das ab.";
    public const string RemindersAlreadyOn = "Die Fristen-Erinnerungen sind schon eingeschaltet ({0}).";
    public const string RemindersOff = "Erledigt: keine Fristen-Erinnerungen mehr. **Fristen-Erinnerungen an** schaltet sie wieder ein.";
    public const string RemindersWereOff = "Die Fristen-Erinnerungen waren nicht eingeschaltet.";
    public const string NeedsProfile = "Dafür brauche ich Ihre Region und Rolle, damit Sie nur die Fristen bekommen, die Sie betreffen. Legen Sie bitte zuerst Ihr **Profil** an.";
    public const string PersonalOnly = "Das geht nur im persönlichen Chat mit mir – schreiben Sie mir dort direkt.";
    public const string StoreFailed = "Das konnte ich gerade nicht speichern. Bitte versuchen Sie es in ein paar Minuten noch einmal.";

    public const string ReminderTitle = "Erinnerung: {0}";
    public const string ReminderText = "**{0}** am **{1}** ({2}).";
    public const string ReminderOffButton = "Fristen-Erinnerungen aus";

    public const string FeedTitle = "Ihr Kalender-Abo";
    public const string FeedText = "Diese Adresse zeigt die Fristen und Termine für Ihre Rolle und Region ({0}) in Outlook oder einem anderen Kalender:\n\n`{1}`\n\nIn Outlook: **Kalender hinzufügen → Aus dem Internet abonnieren**, Adresse einfügen. Outlook aktualisiert das Abo selbst (meist alle paar Stunden).";
    public const string FeedSecretNote = "Die Adresse ist persönlich: Wer sie kennt, sieht Ihre Termine (nicht Ihren Namen). **Kalender-Abo erneuern** macht sie ungültig und gibt Ihnen eine neue, **Kalender-Abo beenden** schaltet sie ab.";
    public const string FeedRenewed = "Die alte Adresse funktioniert nicht mehr. Bitte tragen Sie in Outlook die neue ein.";
    public const string FeedStopped = "Ihr Kalender-Abo ist beendet; die Adresse funktioniert nicht mehr.";
    public const string FeedNone = "Sie haben kein Kalender-Abo. **Kalender abonnieren** richtet eines ein.";
    public const string FeedName = "NRWeltoffen – Fristen und Termine";
    public const string IcsArticle = "Mehr dazu bei NrwBot: Wissensartikel „{0}“.";

    public const string MyDataNone = "**Fristen und Termine:** keine Erinnerungen, kein Kalender-Abo.";
    public const string MyData = "**Fristen und Termine:** Erinnerungen {0}; Kalender-Abo {1}; gespeichert für die Auswahl: Region {2}, Rolle {3}; {4} Erinnerungen verschickt.";
    public const string On = "an";
    public const string Off = "aus";
    public const string FeedActive = "aktiv ({0})";

    public const string OnlyForLks = "Fristen und Termine eintragen kann nur die LKS.";
    public const string AddUsage = "So trage ich eine Frist ein: **Frist eintragen: 31.01.2027; Titel** – optional, mit Semikolon getrennt: **für alle** / **für Fachkraft** / **für Kreis Düren** / **für Regierungsbezirk Detmold**, **Erinnerung 14, 3** (Tage vorher), **Artikel mittelabruf** oder **Link https://…**. Für mehrere Tage: **Termin eintragen: 20.01.2027 – 21.01.2027; Netzwerktreffen**.";
    public const string AddBadDate = "„{0}“ ist kein gültiges Datum. Bitte so: **31.01.2027** (oder **20.01.2027 – 21.01.2027** für mehrere Tage). Nichts gespeichert.";
    public const string AddPastDate = "Der {0} liegt in der Vergangenheit. Bitte ein Datum ab heute. Nichts gespeichert.";
    public const string AddEndBeforeStart = "Das Ende ({1}) liegt vor dem Anfang ({0}). Nichts gespeichert.";
    public const string AddNoTitle = "Es fehlt der Titel. " + AddUsage;
    public const string AddBadPart = "„{0}“ verstehe ich nicht. " + AddUsage + " Nichts gespeichert.";
    public const string AddBadReminder = "Erinnerungen sind Tage vorher, 0 bis 365, z. B. **Erinnerung 14, 3**. Nichts gespeichert.";
    public const string AddBadAudience = "„{0}“ ist weder eine Rolle (Fachkraft, Träger, Kommunalverwaltung, LKS) noch ein Kreis, eine kreisfreie Stadt oder ein Regierungsbezirk. Nichts gespeichert.";
    public const string AddBadLink = "Ein Link muss mit https:// beginnen, ein Artikel ist die Kennung eines Wissensartikels (z. B. mittelabruf). „{0}“ passt zu keinem. Nichts gespeichert.";
    public const string Added = "Eingetragen ({0}): **{1}** am {2}, für {3}{4}. Löschen mit **{5} löschen {0}**.";
    public const string AddedReminders = ", Erinnerung {0} Tage vorher";
    public const string Deleted = "Gelöscht: {0}.";
    public const string AddDuplicate = "Einen Eintrag „{0}“ gibt es schon (gleicher Titel am gleichen Tag). Nichts gespeichert.";
    public const string DeleteUnknown = "Einen im Chat eingetragenen Termin „{0}“ gibt es nicht. (Termine aus den Kalender-Dateien ändert die LKS in der Datei.)";
}
