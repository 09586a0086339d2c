namespace NrwBot.Dialogs.Requests.Reminders;

/// <summary>What the service-level reminders say, to the holder and in the LKS channel.</summary>
public static class RequestReminderTexts
{
    public static readonly Text DueTomorrowTitle = new("Erinnerung: {0} ist morgen fällig");
    public static readonly Text DueTomorrow = new("Die Anfrage {0} ({1}, {2}) liegt bei Ihnen und ist am {3} fällig.");
    public static readonly Text DueTomorrowForSubstitute = new("Die Anfrage {0} ({1}, {2}) liegt bei {4}, die/der abwesend ist – Sie sind die Vertretung. Sie ist am {3} fällig.");
    public static readonly Text OverdueTitle = new("Überfällig: {0}");
    public static readonly Text Overdue = new("Die Anfrage {0} ({1}, {2}) war am {3} fällig und ist noch offen ({4}).");
    public static readonly Text UnclaimedTitle = new("Noch nicht übernommen: {0}");
    public static readonly Text Unclaimed = new("Die Anfrage {0} ({1}, {2}) ist seit {3} da und hat noch niemand übernommen. Fällig: {4}.");
}
