using System.Text;

namespace NrwBot.Dialogs.Digest;

/// <summary>
/// One row per request of the period (created, resolved, open or rated in it): number, category, region, state, created,
/// resolved, the requester's stars; no texts, no names. Semicolons, because Excel with German settings, which the LKS uses, splits on them;
/// dates as ISO (2026-11-03) so they sort. Fields are quoted where needed (RFC 4180), and a field that would start
/// a spreadsheet formula gets a leading apostrophe.
/// </summary>
public static class DigestCsvWriter
{
    private const char Separator = ';';

    public static string Write(DigestReport report)
    {
        var csv = new StringBuilder();
        Row(csv, [DigestTexts.ColumnNumber.German, DigestTexts.ColumnCategory.German, DigestTexts.ColumnRegion.German, DigestTexts.ColumnState.German, DigestTexts.ColumnCreated.German, DigestTexts.ColumnResolved.German, DigestTexts.ColumnStars.German]);
        foreach (var request in report.Requests)
        {
            Row(csv, [request.Number, request.Category, request.Region ?? "", DigestFormat.State(request.State), DigestFormat.IsoDate(request.Created),
                request.Resolved is { } resolved ? DigestFormat.IsoDate(resolved) : "",
                request.Stars is { } stars ? stars.ToString(System.Globalization.CultureInfo.InvariantCulture) : ""]);
        }
        return csv.ToString();
    }

    /// <summary>One CSV line; also the regional analysis export's.</summary>
    internal static void Row(StringBuilder csv, string[] fields)
    {
        csv.Append(string.Join(Separator, fields.Select(Field)));
        csv.Append("\r\n");
    }

    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return value.IndexOfAny([Separator, '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
