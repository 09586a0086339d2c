using System.Globalization;
using NrwBot.Dialogs.Digest;

namespace NrwBot.Dialogs.Analysis;

/// <summary>The analysis in words: section titles, the area with its preposition, and the differences as sentences.</summary>
public static class AnalysisWords
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static string Title(RegionalFigure figure) => (figure switch
    {
        RegionalFigure.SupportRequests => AnalysisTexts.SupportRequests,
        RegionalFigure.UnansweredQuestions => AnalysisTexts.UnansweredQuestions,
        RegionalFigure.SupportNeeds => AnalysisTexts.SupportNeeds,
        RegionalFigure.MaterialsShared => AnalysisTexts.MaterialsShared,
        _ => AnalysisTexts.NetworkQuestions,
    }).German;

    public static string Period(DigestPeriod period) => AnalysisTexts.PeriodLabel.Format(DigestFormat.Date(period.From), DigestFormat.Date(period.To));

    /// <summary>„Im Regierungsbezirk Detmold“, „Im Kreis Lippe“, „Im Hochsauerlandkreis“, „In der Städteregion Aachen“, „In Bielefeld“.</summary>
    public static string InArea(AnalysisArea area)
    {
        var name = area.Name;
        if (name.StartsWith("Städteregion", StringComparison.Ordinal)) return AnalysisTexts.InFeminineArea.Format(name);
        var masculine = name.StartsWith(AnalysisAreas.BezirkPrefix, StringComparison.Ordinal) || name.StartsWith("Kreis ", StringComparison.Ordinal)
            || name.EndsWith("kreis", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Kreis", StringComparison.Ordinal);
        return (masculine ? AnalysisTexts.InMasculineArea : AnalysisTexts.InArea).Format(name);
    }

    public static string Sentence(AnalysisArea area, RegionalDifference difference)
    {
        var (verb, noun) = difference.Figure switch
        {
            RegionalFigure.SupportNeeds => (AnalysisTexts.NeedsVerb, AnalysisTexts.NeedsNoun),
            RegionalFigure.MaterialsShared => (AnalysisTexts.MaterialsVerb, AnalysisTexts.MaterialsNoun),
            _ => (AnalysisTexts.RequestsVerb, AnalysisTexts.RequestsNoun),
        };
        return AnalysisTexts.MoreOften.Format(InArea(area), difference.Category, HowOften(difference.Ratio), verb.German,
            Percent(difference.AreaShare), Percent(difference.NrwShare), noun.German);
    }

    private static string HowOften(double ratio) => ratio switch
    {
        >= 1.75 and < 2.25 => AnalysisTexts.Twice.German,
        >= 2.75 and < 3.25 => AnalysisTexts.ThreeTimes.German,
        >= 1 => AnalysisTexts.TimesAsOften.Format(Math.Round(ratio, 1)),
        > 0.4 and <= 0.6 => AnalysisTexts.Half.German,
        _ => AnalysisTexts.LessOften.German,
    };

    private static string Percent(double share) => Math.Round(share * 100).ToString("0", German);
}
