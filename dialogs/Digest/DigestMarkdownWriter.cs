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

        Heading(text, DigestTexts.NewHeading.German, DigestLines.NewHeadline(report));
        CountTable(text, DigestTexts.ColumnCategory.German, report.NewByCategory);
        CountTable(text, DigestTexts.ColumnRegion.German, report.NewByRegion);

        Heading(text, DigestTexts.OpenHeading.German, DigestLines.OpenHeadline(report));
        Table(text, [DigestTexts.ColumnNumber.German, DigestTexts.ColumnCategory.German, DigestTexts.ColumnRegion.German, DigestTexts.ColumnAge.German, DigestTexts.ColumnHolder.German, DigestTexts.ColumnText.German],
            report.OpenRequests.Select(request => new[]
            {
                DigestFormat.Mark(request.Age) + " " + DigestLines.Esc(request.Number), DigestLines.Esc(request.Category), DigestLines.Esc(DigestFormat.Region(request.Region)),
                DigestFormat.Age(request.AgeDays), DigestLines.Esc(DigestFormat.Holder(request.Holder)),
                DigestLines.Esc(DigestLines.Excerpt(request.Text)) + (request.RequesterName is { } name ? DigestFormat.Format(DigestTexts.RequesterSuffix.German, DigestLines.Esc(name)) : ""),
            }));
        if (report.OpenRequests.Count > 0) text.Append(DigestTexts.Legend.German).Append("\n\n");
        Table(text, [DigestTexts.ColumnHolder.German, DigestTexts.ColumnOpen.German, DigestTexts.ColumnOverSeven.German],
            report.OpenByHolder.Select(load => new[] { DigestLines.Esc(DigestFormat.Holder(load.Holder)), DigestFormat.Number(load.Open), DigestFormat.Number(load.OverSevenDays) }));

        Heading(text, DigestTexts.ResolvedHeading.German, DigestLines.ResolvedHeadline(report));
        Heading(text, DigestTexts.ServiceLevelsHeading.German, DigestLines.ServiceLevelsHeadline(report));
        List(text, report.ServiceLevels.Select(DigestLines.ServiceLevelItem));
        Heading(text, DigestTexts.UnansweredHeading.German, DigestLines.UnansweredHeadline(report));
        List(text, report.UnansweredGroups.Select(DigestLines.QuestionItem));
        Heading(text, DigestTexts.DownvotedHeading.German, DigestFormat.Number(report.DownvotedAnswers));
        List(text, report.Downvoted.Select(DigestLines.DownvotedItem));
        Heading(text, DigestTexts.RatingsHeading.German, DigestLines.RatingsHeadline(report));
        List(text, report.Ratings.Select(DigestLines.RatingItem));
        Heading(text, DigestTexts.OnboardingHeading.German, DigestLines.OnboardingHeadline(report));
        Heading(text, DigestTexts.ExpiredHeading.German, DigestFormat.Number(report.ExpiredArticles.Count));
        List(text, report.ExpiredArticles.Select(DigestLines.ExpiredItem));
        if (report.Regional is { } regional)
        {
            Heading(text, Analysis.AnalysisTexts.DigestHeading.German, regional.Headline);
            List(text, regional.Lines());
        }
        text.Append('_').Append(DigestTexts.PrivacyNote.German).Append("_\n");
        return text.ToString();
    }

    private static void Heading(StringBuilder text, string heading, string headline) =>
        text.Append("## ").Append(heading).Append(": ").Append(headline).Append("\n\n");

    private static void CountTable(StringBuilder text, string labelColumn, IReadOnlyList<DigestCount> counts) =>
        Table(text, [labelColumn, DigestTexts.ColumnCount.German, DigestTexts.ColumnTrend.German, DigestTexts.ColumnPrevious.German],
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
