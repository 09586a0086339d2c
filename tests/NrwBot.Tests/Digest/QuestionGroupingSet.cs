namespace NrwBot.Tests.Digest;

/// <summary>
/// Questions as staff might ask the bot what the knowledge base does not answer, written from the support needs
/// and difficulties in the seed (AG I–III), labelled by the question they mean. Wordings with the same label are
/// the same question; different labels are different questions, several of them on purpose close in words
/// (the e-mail list of the Fachkräfte versus the press list; training for staff versus for volunteers).
/// </summary>
internal static class QuestionGroupingSet
{
    public static readonly (string Label, string Question)[] Questions =
    [
        ("verteiler", "Gibt es einen E-Mail-Verteiler für alle Fachkräfte?"),
        ("verteiler", "Wie komme ich auf den E-Mail-Verteiler der Fachkräfte?"),
        ("verteiler", "e-mail verteiler fachkräfte"),
        ("verteiler", "Mailverteiler für die Fachkräfte im Programm?"),
        ("presseverteiler", "Hat die LKS einen Presseverteiler für Pressemitteilungen?"),
        ("presseverteiler", "Presseverteiler der LKS nutzen"),
        ("adressliste", "Gibt es eine Adressliste der Mitarbeitenden in meiner Region?"),
        ("adressliste", "Adressenliste der Mitarbeitenden in der Region"),
        ("forum", "Gibt es ein offenes Forum für den Austausch zwischen den Standorten?"),
        ("forum", "Offenes Forum zum Austausch der Standorte?"),
        ("dokumente", "Wo können wir Dokumente untereinander austauschen?"),
        ("dokumente", "Dokumente austauschen zwischen Kommunen – wo geht das?"),
        ("serviceportal", "Kommt ein Serviceportal für die Ergebnissicherung?"),
        ("serviceportal", "Wann kommt das Serviceportal zur Ergebnissicherung?"),
        ("zielgruppe", "Wie erreiche ich die Zielgruppe Jugendliche mit Migrationsgeschichte?"),
        ("zielgruppe", "Zugang zu Jugendlichen mit Migrationsgeschichte als Zielgruppe"),
        ("gefluechtete", "Wie hängen Geflüchtete und Rassismus zusammen, gibt es Material?"),
        ("gefluechtete", "Material zum Zusammenhang von Geflüchteten und Rassismus"),
        ("regionalkonferenz", "Wie aktiviere ich die Teilnehmenden für eine Regionalkonferenz?"),
        ("regionalkonferenz", "Aktivierung der Teilnehmenden für die Regionalkonferenz"),
        ("leitfaden", "Gibt es einen Leitfaden für Interviews in der Bedarfsanalyse?"),
        ("leitfaden", "Interviewleitfaden für die Bedarfsanalyse gesucht"),
        ("leitfaden", "leitfaden interviews bedarfsanalyse"),
        ("mitarbeitergewinnung", "Wie finden wir schnell neue Mitarbeitende für die Stelle?"),
        ("mitarbeitergewinnung", "Neue Mitarbeitende für die Stelle finden – Tipps?"),
        ("linksextremismus", "Wie gehe ich mit der Ablenkung auf Linksextremismus in der Politik um?"),
        ("linksextremismus", "Umgang mit Ablenkung auf Linksextremismus durch die Politik"),
        ("logo-bund", "Welches Logo gilt, wenn Bund und Land gemeinsam fördern?"),
        ("logo-bund", "Logo bei gemeinsamer Förderung von Bund und Land?"),
        ("ehrenamt", "Gibt es Fortbildungen für Ehrenamtliche in unserem Bündnis?"),
        ("ehrenamt", "Fortbildungen für Ehrenamtliche im Bündnis"),
        ("schulleitung", "Wie binde ich Schulleitungen in die Bedarfserhebung ein?"),
        ("polizei", "Sollen wir die Polizei in die Steuerungsgruppe holen?"),
        ("uni", "Kooperation mit der örtlichen Uni – worauf achten?"),
        ("wetter", "Wie wird das Wetter morgen in Hamm?"),
        ("raum", "Können wir einen Raum in der Landeszentrale für einen Workshop buchen?"),
        ("afd", "Wie reagiere ich auf eine Anfrage der AfD-Fraktion zu unserem Projekt?"),
        ("zeitplan", "Wie lange dauert die Anlaufzeit bis zum Handlungskonzept üblicherweise?"),
        // Close in words to a group above, but another question.
        ("presse-mail", "Gibt es einen E-Mail-Verteiler für die Presse?"),
        ("forum-politik", "Offenes Forum mit der Politik – wie organisieren?"),
        ("zielgruppe-eltern", "Wie erreiche ich Eltern als Zielgruppe?"),
        ("fortbildung-fachkraft", "Gibt es Fortbildungen für Fachkräfte zum Thema Antisemitismus?"),
        ("leitfaden-presse", "Gibt es einen Leitfaden für Pressemitteilungen?"),
        ("mitarbeitende-region", "Welche Mitarbeitenden der LKS sind für meine Region zuständig?"),
    ];
}
