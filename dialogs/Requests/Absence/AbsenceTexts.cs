namespace NrwBot.Dialogs.Requests.Absence;

/// <summary>What the LKS reads about absences and substitutes (Vertretung).</summary>
public static class AbsenceTexts
{
    public static readonly Text Saved = new("Eingetragen: **{0}** ist abwesend bis {1}, Vertretung: **{2}**. Bis dahin gehen neue Zuweisungen und Erinnerungen zu {0}s Anfragen an {2}; die Anfragen zeigen die Vertretung. Beenden mit `Wieder da`.");
    public static readonly Text ToSubstituteTitle = new("Vertretung für {0}");
    public static readonly Text ToSubstitute = new("{0} ist abwesend bis {1} und hat Sie als Vertretung eingetragen: Neue Zuweisungen und Erinnerungen zu {0}s Anfragen kommen bis dahin zu Ihnen.");
    public static readonly Text Ended = new("Willkommen zurück: die Abwesenheit von **{0}** ist beendet, Zuweisungen und Erinnerungen gehen wieder an {0}.");
    public static readonly Text NoneToEnd = new("Für {0} ist keine Abwesenheit eingetragen.");
    public static readonly Text InvalidDate = new("„{0}“ verstehe ich nicht als Datum. Bitte so: `Abwesend bis 19.12. Vertretung: Name` (oder `bis 19.12.2026`).");
    public static readonly Text DateInPast = new("Der {0} liegt in der Vergangenheit. Bitte nennen Sie den letzten Tag der Abwesenheit, heute oder später. Nichts eingetragen.");
    public static readonly Text NeedSubstitute = new("Bitte nennen Sie eine Vertretung aus der LKS: `Abwesend bis {0} Vertretung: Name`. Nichts eingetragen.");
    public static readonly Text SubstituteNotLks = new("„{0}“ ist mir nicht als LKS-Mitglied bekannt – vertreten kann nur jemand aus der LKS. Nichts eingetragen.");
    public static readonly Text KnownMembers = new("Bekannt sind: {0}.");
    public static readonly Text SubstituteAmbiguous = new("„{0}“ passt auf mehrere: {1}. Bitte den ganzen Namen. Nichts eingetragen.");
    public static readonly Text SubstituteUnreachable = new("{0} steht im LKS-Adressbuch, hat aber noch nie mit NrwBot geschrieben – Erinnerungen würden sie/ihn nicht erreichen. Bitte {0} einmal „Hallo“ an NrwBot schreiben lassen. Nichts eingetragen.");
    public static readonly Text SubstituteSelf = new("Die Vertretung muss jemand anderes sein als die abwesende Person. Nichts eingetragen.");
    public static readonly Text UnknownMember = new("„{0}“ ist mir nicht als LKS-Mitglied bekannt. Nichts eingetragen.");
    public static readonly Text OnlyLead = new("Eine Abwesenheit für jemand anderen kann nur die LKS-Leitung eintragen oder beenden. Für sich selbst: `Abwesend bis 19.12. Vertretung: Name`. Nichts eingetragen.");
    public static readonly Text ListTitle = new("Abwesenheiten in der LKS");
    public static readonly Text ListNone = new("Zurzeit ist niemand abwesend eingetragen.");
    public static readonly Text ListItem = new("- **{0}** bis {1}, Vertretung: {2}");
    public static readonly Text ListHint = new("Eintragen: `Abwesend bis 19.12. Vertretung: Name` · beenden: `Wieder da`.");
    public static readonly Text FormTitle = new("Abwesenheit eintragen");
    public static readonly Text FormMember = new("Wer ist abwesend? (nur LKS-Leitung)");
    public static readonly Text FormUntil = new("Abwesend bis einschließlich");
    public static readonly Text FormSubstitute = new("Vertretung");
    public static readonly Text FormSubmit = new("Eintragen");
    public static readonly Text Held = new("{0} (abwesend bis {1}, Vertretung: {2})");
    public static readonly Text AssignedToSubstitute = new("{0} ist abwesend bis {1} – die Anfrage geht an die Vertretung {2}.");
    public static readonly Text MyData = new("Abwesenheiten: {0}");
    public static readonly Text MyDataNone = new("Abwesenheiten: keine");
    public static readonly Text MyDataItem = new("{0} bis {1}, Vertretung {2}");
}
