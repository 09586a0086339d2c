using System.Text;

namespace NrwBot.Dialogs.Digest;

/// <summary>
/// The whole digest as one HTML document: for the e-mail (the chart as a cid: attachment) and the export (the chart
/// as a data: address). Every text is HTML-encoded; styles are inline because many mail clients drop style sheets.
/// </summary>
public static class DigestHtmlWriter
{
    private const string TableStyle = "border-collapse:collapse;margin:0 0 16px 0";
    private const string CellStyle = "border:1px solid #d0d0d0;padding:4px 8px;text-align:left;vertical-align:top";

    /// <param name="chartSource">The chart's address (data: or cid:), or null for none.</param>
    public static string Write(DigestReport report, string? chartSource)
    {
        var html = new StringBuilder();
        var title = E(DigestFormat.Title(report));
        html.Append("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(title).Append("</title>\n</head>\n");
        html.Append("<body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222\">\n");
        html.Append("<h1 style=\"font-size:20px\">").Append(title).Append("</h1>\n");
        if (report.Late) Paragraph(html, DigestFormat.Format(DigestTexts.LateNote.German, DigestFormat.DateTime(report.DueAt ?? report.AsOf, report.Period.Zone)));
        if (report.Region is { } region) Paragraph(html, DigestFormat.Format(DigestTexts.RegionNote.German, region).Replace("**", ""));

        Heading(html, DigestTexts.NewHeading.German, DigestLines.NewHeadline(report));
        if (chartSource is not null && report.NewRequests > 0)
            html.Append("<p><img src=\"").Append(E(chartSource)).Append("\" alt=\"").Append(E(DigestTexts.ChartAlt.German)).Append("\" style=\"max-width:100%\"></p>\n");
        CountTable(html, DigestTexts.ColumnCategory.German, report.NewByCategory);
        CountTable(html, DigestTexts.ColumnRegion.German, report.NewByRegion);

        Heading(html, DigestTexts.OpenHeading.German, DigestLines.OpenHeadline(report));
        Table(html, [DigestTexts.ColumnNumber.German, DigestTexts.ColumnCategory.German, DigestTexts.ColumnRegion.German, DigestTexts.ColumnAge.German, DigestTexts.ColumnHolder.German, DigestTexts.ColumnText.German],
            report.OpenRequests.Select(request => new[]
            {
                DigestFormat.Mark(request.Age) + " " + request.Number, request.Category, DigestFormat.Region(request.Region), DigestFormat.Age(request.AgeDays),
                DigestFormat.Holder(request.Holder),
                DigestLines.Excerpt(request.Text, 240) + (request.RequesterName is { } name ? DigestFormat.Format(DigestTexts.RequesterSuffix.German, name) : ""),
            }));
        if (report.OpenRequests.Count > 0) Paragraph(html, DigestTexts.Legend.German);
        Table(html, [DigestTexts.ColumnHolder.German, DigestTexts.ColumnOpen.German, DigestTexts.ColumnOverSeven.German],
            report.OpenByHolder.Select(load => new[] { DigestFormat.Holder(load.Holder), DigestFormat.Number(load.Open), DigestFormat.Number(load.OverSevenDays) }));

        Heading(html, DigestTexts.ResolvedHeading.German, DigestLines.ResolvedHeadline(report));
        Heading(html, DigestTexts.ServiceLevelsHeading.German, DigestLines.ServiceLevelsHeadline(report));
        Table(html, [DigestTexts.ColumnCategory.German, DigestTexts.ColumnOnTime.German, DigestTexts.ColumnFirstResponse.German],
            report.ServiceLevels.Select(level => new[] { level.Category, DigestLines.OnTime(level), DigestLines.FirstResponse(level) }));
        Heading(html, DigestTexts.UnansweredHeading.German, DigestLines.UnansweredHeadline(report));
        Table(html, [DigestTexts.ColumnCount.German, DigestTexts.ColumnQuestion.German],
            report.UnansweredGroups.Select(group => new[] { DigestFormat.Number(group.Count), string.Join(" · ", new[] { group.Question }.Concat(group.OtherWordings.Take(DigestLines.ShownWordings)).Select(DigestLines.OneLine)) }));
        Heading(html, DigestTexts.DownvotedHeading.German, DigestFormat.Number(report.DownvotedAnswers));
        Table(html, [DigestTexts.ColumnCount.German, DigestTexts.ColumnArticle.German, DigestTexts.ColumnQuestion.German],
            report.Downvoted.Select(article => new[] { DigestFormat.Number(article.Count), $"{article.Title ?? article.ArticleId} ({article.ArticleId})", string.Join(" · ", article.Questions.Select(DigestLines.OneLine)) }));
        Heading(html, DigestTexts.RatingsHeading.German, DigestLines.RatingsHeadline(report));
        Table(html, [DigestTexts.ColumnCategory.German, DigestTexts.ColumnCount.German, DigestTexts.ColumnAverage.German, DigestTexts.ColumnComments.German],
            report.Ratings.Select(rating => new[] { rating.Category, DigestFormat.Number(rating.Count), DigestLines.Average(rating.Average), string.Join(" · ", rating.Comments.Select(DigestLines.OneLine)) }));
        Heading(html, DigestTexts.OnboardingHeading.German, DigestLines.OnboardingHeadline(report));
        Heading(html, DigestTexts.ExpiredHeading.German, DigestFormat.Number(report.ExpiredArticles.Count));
        Table(html, [DigestTexts.ColumnArticle.German, DigestTexts.ColumnValidUntil.German],
            report.ExpiredArticles.Select(article => new[] { $"{article.Title} ({article.Id})", DigestFormat.Date(article.ValidUntil) }));
        if (report.Regional is { } regional)
        {
            Heading(html, Analysis.AnalysisTexts.DigestHeading.German, regional.Headline);
            foreach (var line in regional.Lines()) Paragraph(html, line);
        }
        html.Append("<p style=\"color:#666;font-size:12px\">").Append(E(DigestTexts.PrivacyNote.German)).Append("</p>\n</body>\n</html>\n");
        return html.ToString();
    }

    // The five characters that matter in text and in quoted attributes; umlauts and emoji stay readable in the source.
    private static string E(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");

    private static void Paragraph(StringBuilder html, string text) => html.Append("<p>").Append(E(text)).Append("</p>\n");

    private static void Heading(StringBuilder html, string heading, string headline) =>
        html.Append("<h2 style=\"font-size:16px;margin:20px 0 8px 0\">").Append(E(heading)).Append(": ").Append(E(headline)).Append("</h2>\n");

    private static void CountTable(StringBuilder html, string labelColumn, IReadOnlyList<DigestCount> counts) =>
        Table(html, [labelColumn, DigestTexts.ColumnCount.German, DigestTexts.ColumnTrend.German, DigestTexts.ColumnPrevious.German],
            counts.Select(count => new[] { count.Label, DigestFormat.Number(count.Count), DigestFormat.Trend(count.Trend), DigestFormat.Number(count.PreviousCount) }));

    private static void Table(StringBuilder html, string[] columns, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0) return;
        html.Append("<table style=\"").Append(TableStyle).Append("\">\n<tr>");
        foreach (var column in columns) html.Append("<th style=\"").Append(CellStyle).Append(";background:#f2f2f2\">").Append(E(column)).Append("</th>");
        html.Append("</tr>\n");
        foreach (var row in list)
        {
            html.Append("<tr>");
            foreach (var cell in row) html.Append("<td style=\"").Append(CellStyle).Append("\">").Append(E(DigestLines.OneLine(cell))).Append("</td>");
            html.Append("</tr>\n");
        }
        html.Append("</table>\n");
    }
}
