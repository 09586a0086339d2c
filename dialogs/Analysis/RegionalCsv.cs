using System.Text;
using NrwBot.Dialogs.Digest;

namespace NrwBot.Dialogs.Analysis;

/// <summary>The analysis as CSV, written like the digest's (semicolons for German Excel): one line per figure and category, the region's counts as in chat.</summary>
public static class RegionalCsv
{
    public static string Write(RegionalReport report)
    {
        var csv = new StringBuilder();
        DigestCsvWriter.Row(csv, ["region", "from", "to", "figure", "category", "region_count", "nrw_count"]);
        var (area, from, to) = (report.Area.Name, DigestFormat.IsoDate(report.Period.From), DigestFormat.IsoDate(report.Period.To));
        foreach (var section in report.Sections)
            foreach (var row in section.Rows)
                DigestCsvWriter.Row(csv, [area, from, to, RegionalJson.Name(section.Figure), row.Category, RegionalLines.AreaCount(section, row.Area), DigestFormat.Number(row.Nrw)]);
        DigestCsvWriter.Row(csv, [area, from, to, "activeOffices", "", SmallNumbers.Show(report.ActiveOffices), DigestFormat.Number(report.ActiveOfficesNrw)]);
        return csv.ToString();
    }
}
