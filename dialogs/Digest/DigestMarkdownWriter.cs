using System.Text;

namespace NrwBot.Dialogs.Digest;

/// <summary>The whole digest as a Markdown document (export and the plain-text part of the e-mail): headings, tables, nothing cut.</summary>
public static class DigestMarkdownWriter
{
    public static string Write(DigestReport report)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(DigestFormat.Title(report)).Append("\n\n");
        foreach (var note in DigestLines.Notes(report)) text.Append(note).Append("\n\n");

        Heading(text, DigestTexts.NewHeading, DigestLines.NewHeadline(report));
        CountTable(text, DigestTexts.ColumnCategory, report.NewByCategory);
        CountTable(text, DigestTexts.ColumnRegion, report.NewByRegion);

        Heading(text, DigestTexts.OpenHeading, DigestLines.OpenHeadline(report));
        Table(text, [DigestTexts.ColumnNumber, DigestTexts.ColumnCategory, DigestTexts.ColumnRegion, DigestTexts.ColumnAge, DigestTexts.ColumnHolder, DigestTexts.ColumnText],
            report.OpenRequests.Select(request => new[]
            {
                DigestFormat.Mark(request.Age) + " " + DigestLines.Esc(request.Number), DigestLines.Esc(request.Category), DigestLines.Esc(DigestFormat.Region(request.Region)),
                DigestFormat.Age(request.AgeDays), DigestLines.Esc(DigestFormat.Holder(request.Holder)),
                DigestLines.Esc(DigestLines.Excerpt(request.Text)) + (request.RequesterName is { } name ? DigestFormat.Format(DigestTexts.RequesterSuffix, DigestLines.Esc(name)) : ""),
            }));
        if (report.OpenRequests.Count > 0) text.Append(DigestTexts.Legend).Append("\n\n");
        Table(text, [DigestTexts.ColumnHolder, DigestTexts.ColumnOpen, DigestTexts.ColumnOverSeven],
            report.OpenByHolder.Select(load => new[] { DigestLines.Esc(DigestFormat.Holder(load.Holder)), DigestFormat.Number(load.Open), DigestFormat.Number(load.OverSevenDays) }));

        Heading(text, DigestTexts.ResolvedHeading, DigestLines.ResolvedHeadline(report));
        Heading(text, DigestTexts.UnansweredHeading, DigestLines.UnansweredHeadline(report));
        List(text, report.UnansweredGroups.Select(DigestLines.QuestionItem));
        Heading(text, DigestTexts.DownvotedHeading, DigestFormat.Number(report.DownvotedAnswers));
        List(text, report.Downvoted.Select(DigestLines.DownvotedItem));
        Heading(text, DigestTexts.OnboardingHeading, DigestLines.OnboardingHeadline(report));
        Heading(text, DigestTexts.ExpiredHeading, DigestFormat.Number(report.ExpiredArticles.Count));
        List(text, report.ExpiredArticles.Select(DigestLines.ExpiredItem));
        text.Append('_').Append(DigestTexts.PrivacyNote).Append("_\n");
        return text.ToString();
    }

    private static void Heading(StringBuilder text, string heading, string headline) =>
        text.Append("## ").Append(heading).Append(": ").Append(headline).Append("\n\n");

    private static void CountTable(StringBuilder text, string labelColumn, IReadOnlyList<DigestCount> counts) =>
        Table(text, [labelColumn, DigestTexts.ColumnCount, DigestTexts.ColumnTrend, DigestTexts.ColumnPrevious],
            counts.Select(count => new[] { DigestLines.Esc(count.Label), DigestFormat.Number(count.Count), DigestFormat.Trend(count.Trend), DigestFormat.Number(count.PreviousCount) }));

    private static void Table(StringBuilder text, string[] columns, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0) return;
        text.Append("| ").Append(string.Join(" | ", columns)).Append(" |\n");
        text.Append('|').Append(string.Concat(columns.Select(_ => " --- |"))).Append('\n');
        foreach (var row in list) text.Append("| ").Append(string.Join(" | ", row)).Append(" |\n");
        text.Append('\n');
    }

    private static void List(StringBuilder text, IEnumerable<string> items)
    {
        var any = false;
        foreach (var item in items)
        {
            text.Append("- ").Append(item).Append('\n');
            any = true;
        }
        if (any) text.Append('\n');
    }
}
