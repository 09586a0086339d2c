using System.Text.Encodings.Web;
using System.Text.Json;
using NrwBot.Dialogs.Digest;

namespace NrwBot.Dialogs.Analysis;

/// <summary>
/// The analysis as JSON: per figure and category the region's and NRW's counts. A region count of 1 or 2 is null
/// with <c>"regionBelow3": true</c> (the privacy rule holds in exports too); a figure without regions has null
/// region counts and <c>"attributable": false</c>. The digest's JSON carries the same object per region.
/// </summary>
public static class RegionalJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(RegionalReport report) => JsonSerializer.Serialize(Shape(report), Options);

    public static object Shape(RegionalReport report) => new
    {
        region = report.Area.Name,
        from = DigestFormat.IsoDate(report.Period.From),
        to = DigestFormat.IsoDate(report.Period.To),
        figures = report.Sections.Select(section => new
        {
            figure = Name(section.Figure),
            title = AnalysisWords.Title(section.Figure),
            attributable = section.Attributable,
            regionTotal = Count(section, section.AreaTotal),
            regionTotalBelow3 = section.Attributable && SmallNumbers.Hides(section.AreaTotal),
            nrwTotal = section.NrwTotal,
            categories = section.Rows.Select(row => new
            {
                category = row.Category,
                region = Count(section, row.Area),
                regionBelow3 = section.Attributable && SmallNumbers.Hides(row.Area),
                nrw = row.Nrw,
            }),
        }),
        activeOffices = new
        {
            region = SmallNumbers.Hides(report.ActiveOffices) ? (int?)null : report.ActiveOffices,
            regionBelow3 = SmallNumbers.Hides(report.ActiveOffices),
            regionOffices = report.OfficesInArea,
            nrw = report.ActiveOfficesNrw,
            nrwOffices = report.OfficesNrw,
        },
        differences = report.Differences.Select(difference => AnalysisWords.Sentence(report.Area, difference)),
    };

    /// <summary>The figure's name in files: camelCase of the enum.</summary>
    public static string Name(RegionalFigure figure) => JsonNamingPolicy.CamelCase.ConvertName(figure.ToString());

    private static int? Count(RegionalSection section, int count) => section.Attributable && !SmallNumbers.Hides(count) ? count : null;
}
