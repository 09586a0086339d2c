using System.Globalization;

namespace NrwBot.Dialogs.Analysis;

/// <summary>
/// The privacy rule of the regional analysis: a count of 1 or 2 in one region could point to one person, so it is
/// shown as „&lt; 3“ (0 and 3 and more as they are). NRW's numbers are shown as they are.
/// </summary>
public static class SmallNumbers
{
    public const int Threshold = 3;

    public static bool Hides(int count) => count is > 0 and < Threshold;

    public static string Show(int count) => Hides(count) ? AnalysisTexts.BelowThreshold.German : count.ToString(CultureInfo.InvariantCulture);
}
