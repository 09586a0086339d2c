using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Digest;

namespace NrwBot.Dialogs.Analysis;

/// <summary>The analysis as one chat message: the chart in the card where there are cards, the figures as Markdown.</summary>
public static class RegionalReplies
{
    public static Reply Analysis(RegionalReport report, bool channelHasCards)
    {
        var chart = channelHasCards ? RegionalChart.Png(report) : null;
        return new Reply
        {
            Title = RegionalLines.Title(report),
            Text = string.Join("\n\n", RegionalLines.Of(report)),
            ImageUrl = chart is not null && DigestChart.DataUri(chart) is { Length: <= DigestReplies.MaxChartAddressLength } address ? address : null,
            Note = AnalysisTexts.PrivacyNote.German,
        };
    }
}
