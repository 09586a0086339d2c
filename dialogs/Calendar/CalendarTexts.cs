namespace NrwBot.Dialogs.Calendar;

/// <summary>Everything the deadline calendar says, in one place so the LKS can reword it.</summary>
public static class CalendarTexts
{
    public static readonly Text Title = new("Fristen und Termine");
    public static readonly Text MonthTitle = new("Fristen und Termine im {0} {1}");
    public static readonly Text Nothing = new("Für Ihre Rolle und Region stehen keine Fristen oder Termine an.");
    public static readonly Text NothingInMonth = new("Im {0} {1} stehen für Ihre Rolle und Region keine Fristen oder Termine an.");
    public static readonly Text ForWhom = new("Für: {0}.");
    public static readonly Text ForWhomNoProfile = new("Ohne Profil zeige ich nur, was alle betrifft. Mit **Profil** (Region und Rolle) sehen Sie auch die Fristen Ihrer Region und Rolle.");
    public static readonly Text More = new("… und {0} weitere. Fragen Sie nach einem Monat, z. B. **Termine im Januar**.");
    public static readonly Text ExampleNote = new("Beispielinhalt – von der LKS noch zu prüfen.");
    public static readonly Text Footer = new("**Fristen-Erinnerungen an** erinnert Sie rechtzeitig, **Kalender abonnieren** bringt die Termine in Outlook.");
    public static readonly Text DeadlineLabel = new("Frist");
    public static readonly Text EventLabel = new("Termin");
    public static readonly Text Line = new("- **{0}** {1}: {2}{3}");
    public static readonly Text RangeDates = new("{0} – {1}");
    public static readonly Text NextDate = new("📅 Nächster Termin aus dem Kalender der LKS: {0}. Alle mit **Fristen**.");
    public static readonly Text ArticleButton = new("Mehr zu: {0}");
    public static readonly Text LinkButton = new("Formular/Seite: {0}");
    public static readonly Text UnknownMonth = new("„{0}“ kenne ich nicht als Monat. Schreiben Sie z. B. **Termine im Januar** oder **Fristen im März 2027**.");
    public static readonly Text AudienceAll = new("alle");

    public static readonly Text RemindersOn = new("Erledigt: Ich erinnere Sie an die Fristen und Termine für Ihre Rolle und Region ({0}), jeweils an den eingetragenen Tagen vorher, werktags zwischen 9 und 17 Uhr. **Fristen-Erinnerungen aus** schaltet das ab.");
    public static readonly Text RemindersAlreadyOn = new("Die Fristen-Erinnerungen sind schon eingeschaltet ({0}).");
    public static readonly Text RemindersOff = new("Erledigt: keine Fristen-Erinnerungen mehr. **Fristen-Erinnerungen an** schaltet sie wieder ein.");
    public static readonly Text RemindersWereOff = new("Die Fristen-Erinnerungen waren nicht eingeschaltet.");
    public static readonly Text NeedsProfile = new("Dafür brauche ich Ihre Region und Rolle, damit Sie nur die Fristen bekommen, die Sie betreffen. Legen Sie bitte zuerst Ihr **Profil** an.");
    public static readonly Text PersonalOnly = new("Das geht nur im persönlichen Chat mit mir – schreiben Sie mir dort direkt.");
    public static readonly Text StoreFailed = new("Das konnte ich gerade nicht speichern. Bitte versuchen Sie es in ein paar Minuten noch einmal.");

    public static readonly Text ReminderTitle = new("Erinnerung: {0}");
    public static readonly Text ReminderText = new("**{0}** am **{1}** ({2}).");
    public static readonly Text ReminderOffButton = new("Fristen-Erinnerungen aus");

    public static readonly Text FeedTitle = new("Ihr Kalender-Abo");
    public static readonly Text FeedText = new("Diese Adresse zeigt die Fristen und Termine für Ihre Rolle und Region ({0}) in Outlook oder einem anderen Kalender:\n\n`{1}`\n\nIn Outlook: **Kalender hinzufügen → Aus dem Internet abonnieren**, Adresse einfügen. Outlook aktualisiert das Abo selbst (meist alle paar Stunden).");
    public static readonly Text FeedSecretNote = new("Die Adresse ist persönlich: Wer sie kennt, sieht Ihre Termine (nicht Ihren Namen). **Kalender-Abo erneuern** macht sie ungültig und gibt Ihnen eine neue, **Kalender-Abo beenden** schaltet sie ab.");
    public static readonly Text FeedRenewed = new("Die alte Adresse funktioniert nicht mehr. Bitte tragen Sie in Outlook die neue ein.");
    public static readonly Text FeedStopped = new("Ihr Kalender-Abo ist beendet; die Adresse funktioniert nicht mehr.");
    public static readonly Text FeedNone = new("Sie haben kein Kalender-Abo. **Kalender abonnieren** richtet eines ein.");
    public static readonly Text FeedName = new("NRWeltoffen – Fristen und Termine");
    public static readonly Text IcsArticle = new("Mehr dazu bei NrwBot: Wissensartikel „{0}“.");

    public static readonly Text MyDataNone = new("**Fristen und Termine:** keine Erinnerungen, kein Kalender-Abo.");
    public static readonly Text MyData = new("**Fristen und Termine:** Erinnerungen {0}; Kalender-Abo {1}; gespeichert für die Auswahl: Region {2}, Rolle {3}; {4} Erinnerungen verschickt.");
    public static readonly Text On = new("an");
    public static readonly Text Off = new("aus");
    public static readonly Text FeedActive = new("aktiv ({0})");

    public static readonly Text OnlyForLks = new("Fristen und Termine eintragen kann nur die LKS.");
    public static readonly Text AddUsage = new("So trage ich eine Frist ein: **Frist eintragen: 31.01.2027; Titel** – optional, mit Semikolon getrennt: **für alle** / **für Fachkraft** / **für Kreis Düren** / **für Regierungsbezirk Detmold**, **Erinnerung 14, 3** (Tage vorher), **Artikel mittelabruf** oder **Link https://…**. Für mehrere Tage: **Termin eintragen: 20.01.2027 – 21.01.2027; Netzwerktreffen**.");
    public static readonly Text AddBadDate = new("„{0}“ ist kein gültiges Datum. Bitte so: **31.01.2027** (oder **20.01.2027 – 21.01.2027** für mehrere Tage). Nichts gespeichert.");
    public static readonly Text AddPastDate = new("Der {0} liegt in der Vergangenheit. Bitte ein Datum ab heute. Nichts gespeichert.");
    public static readonly Text AddEndBeforeStart = new("Das Ende ({1}) liegt vor dem Anfang ({0}). Nichts gespeichert.");
    public static readonly Text AddNoTitle = new("Es fehlt der Titel. " + AddUsage.German);
    public static readonly Text AddBadPart = new("„{0}“ verstehe ich nicht. " + AddUsage.German + " Nichts gespeichert.");
    public static readonly Text AddBadReminder = new("Erinnerungen sind Tage vorher, 0 bis 365, z. B. **Erinnerung 14, 3**. Nichts gespeichert.");
    public static readonly Text AddBadAudience = new("„{0}“ ist weder eine Rolle (Fachkraft, Träger, Kommunalverwaltung, LKS) noch ein Kreis, eine kreisfreie Stadt oder ein Regierungsbezirk. Nichts gespeichert.");
    public static readonly Text AddBadLink = new("Ein Link muss mit https:// beginnen, ein Artikel ist die Kennung eines Wissensartikels (z. B. mittelabruf). „{0}“ passt zu keinem. Nichts gespeichert.");
    public static readonly Text Added = new("Eingetragen ({0}): **{1}** am {2}, für {3}{4}. Löschen mit **{5} löschen {0}**.");
    public static readonly Text AddedReminders = new(", Erinnerung {0} Tage vorher");
    public static readonly Text Deleted = new("Gelöscht: {0}.");
    public static readonly Text AddDuplicate = new("Einen Eintrag „{0}“ gibt es schon (gleicher Titel am gleichen Tag). Nichts gespeichert.");
    public static readonly Text DeleteUnknown = new("Einen im Chat eingetragenen Termin „{0}“ gibt es nicht. (Termine aus den Kalender-Dateien ändert die LKS in der Datei.)");

    // Content check of the calendar files (file and line are added by the caller)
    public static readonly Text FileNeedsEntries = new("Die Datei braucht eine Liste „entries:“ mit den Fristen und Terminen.");
    public static readonly Text EntryNeedsFields = new("Jeder Eintrag braucht Felder wie „id: …“, „title: …“, „date: …“.");
    public static readonly Text FileUnknownArticle = new("Einen Wissensartikel „{0}“ gibt es nicht.");
    public static readonly Text FileBadLink = new("link „{0}“ muss eine Adresse mit https:// sein.");
    public static readonly Text FileSource = new("{0}, Zeile {1}");
    public static readonly Text FileBadKind = new("kind muss „frist“ oder „termin“ sein.");
    public static readonly Text FileDateAndRange = new("Entweder „date“ (ein Tag) oder „from“ und „to“ (mehrere Tage), nicht beides.");
    public static readonly Text FileNoDate = new("Es fehlt das Datum: „date: 2027-01-31“ oder „from: 2027-01-20“ und „to: 2027-01-21“.");
    public static readonly Text FileEndBeforeStart = new("„to“ ({0}) liegt vor „from“ ({1}).");
    public static readonly Text FileBadAudience = new("audience ist „all“ oder hat „roles:“ und/oder „regions:“ als Listen.");
    public static readonly Text FileUnknownRole = new("Rolle „{0}“ unbekannt (erlaubt: {1}).");
    public static readonly Text FileUnknownRegion = new("Region „{0}“ ist weder ein Kreis, eine kreisfreie Stadt noch ein Regierungsbezirk in NRW (oder nicht eindeutig).");
    public static readonly Text FileBadReminder = new("remind „{0}“: Tage vorher als ganze Zahl von 0 bis 365, z. B. [14, 3].");
    public static readonly Text FileBadDate = new("„{0}“ ist kein gültiges Datum (erwartet: JJJJ-MM-TT, z. B. 2027-01-31).");
    public static readonly Text FileMustBeList = new("{0} muss eine Liste sein, z. B. [14, 3].");
}
