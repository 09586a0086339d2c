using NrwBot.Dialogs.Digest;

namespace NrwBot.Tests.Analysis;

/// <summary>
/// A generated data set with known answers: 40 requests filed on 1 October 2026, 10 of them in the Regierungsbezirk
/// Detmold. Fortbildung: Detmold 6 of 10 (60 %), NRW 12 of 40 (30 %) → „doppelt so oft“. Öffentlichkeitsarbeit:
/// Detmold 3 of 10 (30 %), NRW 24 of 40 (60 %) → „nur halb so oft“. Beratung: Detmold 1 („&lt; 3“), NRW 4 — same share,
/// and too few to name. Active offices: 4 of Detmold's 7, 8 of NRW's 53.
/// </summary>
internal sealed class GeneratedRequests : IDigestRequestFacts
{
    public const string Fortbildung = "Fortbildung";
    public const string Oeffentlichkeitsarbeit = "Öffentlichkeitsarbeit";
    public const string Beratung = "Beratung";

    private static readonly (string Region, string Category, int Count)[] Plan =
    [
        ("Bielefeld", Fortbildung, 3), ("Kreis Lippe", Fortbildung, 3), ("Kreis Paderborn", Oeffentlichkeitsarbeit, 3), ("Kreis Höxter", Beratung, 1),
        ("Köln", Fortbildung, 6), ("Dortmund", Oeffentlichkeitsarbeit, 10), ("Düsseldorf", Oeffentlichkeitsarbeit, 11), ("Münster", Beratung, 3),
    ];

    public static readonly DateTimeOffset Filed = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<DigestRequest> Requests { get; } = Plan
        .SelectMany(entry => Enumerable.Range(0, entry.Count).Select(_ => (entry.Region, entry.Category)))
        .Select((entry, index) => new DigestRequest($"UB-2026-{index + 1:0000}", entry.Category, entry.Region, DigestRequestState.Open, Filed, null, null, "Anfrage"))
        .ToList();

    public Task<IReadOnlyList<DigestRequest>> RequestsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DigestRequest>>(Requests.Where(request => request.CreatedAt >= from && request.CreatedAt < to).ToList());
}
