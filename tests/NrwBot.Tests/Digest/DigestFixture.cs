using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Knowledge;

namespace NrwBot.Tests.Digest;

/// <summary>
/// Requests and questions around calendar week 47 of 2026 (Monday 16 to Sunday 22 November, Berlin = UTC+1),
/// with the numbers a digest of that week must show worked out by hand in <see cref="DigestBuilderTests"/>.
/// </summary>
internal static class DigestFixture
{
    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>Monday 23 November 2026, 08:00 in Berlin: when the scheduled digest of week 47 is due.</summary>
    public static readonly DateTimeOffset Monday = At(2026, 11, 23, 8);

    public static readonly DigestPeriod Week47 = new(new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22), Berlin);

    public const string Fortbildung = "Fortbildung & Coaching";
    public const string Vernetzung = "Vernetzung & Austausch";
    public const string Referenten = "Referent*innen & Expertise";
    public const string Duren = "Kreis Düren";
    public const string Email = "erika.musterfrau@example.org";

    public static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) =>
        new(new DateTime(year, month, day, hour, minute, 0), Berlin.GetUtcOffset(new DateTime(year, month, day, hour, minute, 0)));

    public static IReadOnlyList<DigestRequest> Requests =>
    [
        // Week 47
        new("A-101", Fortbildung, Duren, DigestRequestState.Resolved, At(2026, 11, 16, 9), At(2026, 11, 18, 9), "Anna Schmidt", "Fortbildung zum Umgang mit rechten Parolen"),
        new("A-102", Fortbildung, "Dortmund", DigestRequestState.InProgress, At(2026, 11, 17, 10), null, "Anna Schmidt", "Coaching für die neue Fachkraft"),
        new("A-103", Fortbildung, Duren, DigestRequestState.Open, At(2026, 11, 18, 10), null, null,
            $"Schulung für das Team gesucht. Bitte rufen Sie mich an: 0221 1234567 oder schreiben Sie an {Email}", "Erika Musterfrau"),
        new("A-104", Vernetzung, "Hamm", DigestRequestState.Resolved, At(2026, 11, 19, 10), At(2026, 11, 20, 10), "Ben Yilmaz", "Kontaktliste der Fachkräfte im Regierungsbezirk Arnsberg"),
        new("A-105", Referenten, Duren, DigestRequestState.InProgress, At(2026, 11, 20, 10), null, "Ben Yilmaz", "Referentin für eine Demokratiekonferenz gesucht, Frau Dr. Beispiel hat abgesagt"),
        // Week 46
        new("A-090", Fortbildung, Duren, DigestRequestState.Resolved, At(2026, 11, 10, 10), At(2026, 11, 17, 10), "Anna Schmidt", "Fortbildungen für Projektmitarbeitende"),
        new("A-091", Vernetzung, "Hamm", DigestRequestState.InProgress, At(2026, 11, 11, 10), null, "Anna Schmidt", "Regionale Vernetzung der Mitarbeitenden"),
        new("A-092", Vernetzung, Duren, DigestRequestState.Resolved, At(2026, 11, 12, 10), At(2026, 11, 13, 10), "Ben Yilmaz", "Austausch mit anderen Kreisen"),
        // Older
        new("A-050", "Richtlinien, Förderung & Formulare", "Solingen", DigestRequestState.InProgress, At(2026, 11, 1, 10), null, "Anna Schmidt", "Weitergabe der Fördermittel durch Bescheid oder Vertrag?"),
        new("A-051", "Technik", null, DigestRequestState.Resolved, At(2026, 11, 2, 10), At(2026, 11, 16, 12), null, "Technische Startschwierigkeiten mit Teams"),
    ];

    public static IReadOnlyList<DigestQuestion> Questions =>
    [
        Unanswered("Gibt es einen E-Mail-Verteiler für alle Fachkräfte?", At(2026, 11, 16, 11)),
        Unanswered("Wie komme ich auf den E-Mail-Verteiler der Fachkräfte?", At(2026, 11, 17, 11)),
        Unanswered("e-mail verteiler fachkräfte", At(2026, 11, 20, 15)),
        Unanswered("Gibt es einen Leitfaden für Interviews in der Bedarfsanalyse?", At(2026, 11, 18, 9)),
        Unanswered("leitfaden interviews bedarfsanalyse", At(2026, 11, 19, 9)),
        Unanswered($"Wie wird das Wetter morgen in Hamm? Antwort bitte an {Email}", At(2026, 11, 21, 9)),
        Answered("verwendungsnachweis", "Der Verwendungsnachweis", KnowledgeFeedback.NotHelpful, "Wann ist der VN fällig?", At(2026, 11, 16, 14)),
        Answered("verwendungsnachweis", "Der Verwendungsnachweis", KnowledgeFeedback.NotHelpful, "Frist Verwendungsnachweis", At(2026, 11, 17, 14)),
        Answered("mittelabruf", "Mittelabruf", KnowledgeFeedback.NotHelpful, "Wie rufe ich Geld ab?", At(2026, 11, 18, 14)),
        Answered("referentenpool", "Referentenpool", KnowledgeFeedback.Helpful, "Gibt es einen Referentenpool?", At(2026, 11, 19, 14)),
        // Outside week 47: must not count.
        Unanswered("e-mail verteiler fachkräfte", At(2026, 11, 15, 23, 30)),
        Answered("mittelabruf", "Mittelabruf", KnowledgeFeedback.NotHelpful, "Mittelabruf wann?", At(2026, 11, 23, 0, 30)),
    ];

    public static DigestInput Input => new(Requests, Questions, [new DigestArticle("mittelabruf", "Mittelabruf", new DateOnly(2026, 10, 31))], new DigestOnboarding(4, 2, 1));

    private static DigestQuestion Unanswered(string text, DateTimeOffset at) => new(text, KnowledgeDecision.None, null, null, at);

    private static DigestQuestion Answered(string id, string title, KnowledgeFeedback feedback, string text, DateTimeOffset at) =>
        new(text, KnowledgeDecision.Answer, id, feedback, at) { ArticleTitle = title };
}
