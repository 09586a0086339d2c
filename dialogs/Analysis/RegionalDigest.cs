namespace NrwBot.Dialogs.Analysis;

/// <summary>
/// The digest's short regional section, from the same analysis: the digest's region against NRW, or without a
/// region every Regierungsbezirk; with the clearest differences among them.
/// </summary>
public sealed record RegionalDigest(IReadOnlyList<RegionalReport> Reports)
{
    public string Headline => Reports.Count == 1 ? AnalysisTexts.DigestHeadlineOne.Format(Reports[0].Area.Name) : AnalysisTexts.DigestHeadlineAll.German;

    public IReadOnlyList<string> Lines() =>
    [
        .. Reports.Select(report => AnalysisTexts.DigestAreaLine.Format(report.Area.Name,
            RegionalLines.AreaCount(report.Section(RegionalFigure.SupportRequests), report.Section(RegionalFigure.SupportRequests).AreaTotal),
            report.Section(RegionalFigure.SupportRequests).NrwTotal,
            RegionalLines.AreaCount(report.Section(RegionalFigure.UnansweredQuestions), report.Section(RegionalFigure.UnansweredQuestions).AreaTotal),
            report.Section(RegionalFigure.UnansweredQuestions).NrwTotal,
            RegionalLines.AreaCount(report.Section(RegionalFigure.SupportNeeds), report.Section(RegionalFigure.SupportNeeds).AreaTotal),
            SmallNumbers.Show(report.ActiveOffices), report.OfficesInArea)),
        .. Reports.SelectMany(report => report.Differences.Select(difference => (report.Area, Difference: difference)))
            .OrderByDescending(entry => Math.Abs(Math.Log(entry.Difference.Ratio)))
            .Take(RegionalDifferences.MaxNamed)
            .Select(entry => AnalysisWords.Sentence(entry.Area, entry.Difference)),
    ];
}
