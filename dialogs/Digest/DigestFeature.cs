using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.Lks;

namespace NrwBot.Dialogs.Digest;

/// <summary>
/// "Digest", "Digest letzte 30 Tage", "Digest Kreis Düren" – the digest on demand, for LKS members only. Without a
/// span it covers the previous calendar week, like the scheduled one.
/// </summary>
public sealed class DigestFeature(DigestService digests, IRegionDirectory regions)
{
    /// <summary>The route pattern; "rest" is read by <see cref="DigestAsk"/>.</summary>
    public const string Pattern = @"^digest(?:\s+(?<rest>.*))?$";

    /// <summary>A year and a day: more would not be a digest but an archive (use the command line export).</summary>
    public const int MaxDays = 366;

    /// <summary>What the route guard says to someone who is not LKS.</summary>
    public static void Refuse(FeatureTurn turn) => turn.Send(DigestTexts.OnlyForLks.German);

    /// <summary>Behind the LKS route guard (see <see cref="DigestRoutes"/>).</summary>
    public async Task ShowAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken)
    {
        var ask = DigestAsk.Read(match.Groups["rest"].Value);
        if (ask.Days is < 1 or > MaxDays)
        {
            turn.Send(DigestFormat.Format(DigestTexts.DaysOutOfRange.German, MaxDays));
            return;
        }
        string? region = null;
        if (ask.RegionName is { } name && !TryRegion(turn, name, out region)) return;

        var query = new DigestQuery(PeriodFor(ask, turn.Now)) { Region = region };
        var report = await digests.BuildAsync(query, turn.Now, cancellationToken);
        var chart = turn.Input.ChannelHasCards ? DigestChart.Png(report.NewByCategory) : null;
        turn.Send(DigestReplies.Digest(report, chart, turn.Input.ChannelHasCards));
    }

    private DigestPeriod PeriodFor(DigestAsk ask, DateTimeOffset now) => ask switch
    {
        { Days: { } days } => DigestPeriod.LastDays(days, now, digests.Zone),
        { LastMonth: true } => DigestPeriod.PreviousMonth(now, digests.Zone),
        _ => DigestPeriod.PreviousWeek(now, digests.Zone),
    };

    private bool TryRegion(FeatureTurn turn, string name, out string? region)
    {
        region = null;
        var found = regions.Find(name);
        switch (found.Count)
        {
            case 1:
                region = found[0].Name;
                return true;
            case 0:
                turn.Send(DigestFormat.Format(DigestTexts.UnknownRegion.German, SafeText.Escape(name)));
                return false;
            default:
                var names = found.Select(candidate => candidate.Name).ToList();
                turn.Send(DigestFormat.Format(DigestTexts.AmbiguousRegion.German, SafeText.Escape(name), string.Join(", ", names), names[0]));
                return false;
        }
    }
}
