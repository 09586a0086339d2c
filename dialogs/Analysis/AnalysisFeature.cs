using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Lks;
using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Analysis;

/// <summary>
/// „Regionale Analyse [Kreis/Stadt/Regierungsbezirk] [seit …|Jahr]“: the LKS may look at any region; everyone else
/// sees their own region (from the profile) against NRW. Who is LKS comes from the turn, never from the text.
/// </summary>
public sealed class AnalysisFeature(RegionalAnalysis analysis, ILksMembership lks, IRegionDirectory regions, TimeZoneInfo zone)
{
    /// <summary>The route pattern; "rest" holds the region and the period.</summary>
    public const string Pattern = @"^regionale\s+analyse\b[\s:]*(?<rest>.*)$";

    public async Task ShowAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken)
    {
        var ask = AnalysisAsk.Read(match.Groups["rest"].Value, turn.Now, zone);
        if (ask.Period is not { } period)
        {
            turn.Send(AnalysisTexts.BadPeriod.Format(SafeText.Escape(ask.BadPeriod)));
            return;
        }
        var isLks = await lks.AccessAsync(turn.Input, cancellationToken) == LksAccess.Granted;
        if (Area(turn, ask.RegionName, isLks) is not { } area) return;
        turn.Send(RegionalReplies.Analysis(await analysis.BuildAsync(area, period, cancellationToken), turn.Input.ChannelHasCards));
    }

    private AnalysisArea? Area(FeatureTurn turn, string name, bool isLks)
    {
        var own = turn.User.Profile?.Region is { } region ? regions.ByName(region) : null;
        if (name.Length == 0)
        {
            if (own is not null) return AnalysisAreas.Of(own);
            turn.Send((isLks ? AnalysisTexts.WhichRegion : AnalysisTexts.NeedsProfile).German);
            return null;
        }
        var found = analysis.Areas.Find(name);
        if (found.Count != 1)
        {
            turn.Send(found.Count == 0
                ? AnalysisTexts.UnknownRegion.Format(SafeText.Escape(name))
                : AnalysisTexts.AmbiguousRegion.Format(SafeText.Escape(name), string.Join(", ", found.Select(area => area.Name)), found[0].Name));
            return null;
        }
        if (isLks || AnalysisAreas.IsWholeState(name) || (own is not null && found[0].Regions.SetEquals([own.Name]))) return found[0];
        turn.Send(own is null ? AnalysisTexts.NeedsProfile.German : AnalysisTexts.OnlyOwnRegion.Format(own.Name));
        return null;
    }
}
