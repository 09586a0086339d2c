using NrwBot.Dialogs.Digest;

namespace NrwBot.Host.Digest;

/// <summary>A digest as an e-mail: HTML with the chart as an inline attachment (cid:), and the Markdown as plain text.</summary>
public sealed record DigestMail(string Subject, string Html, string Text, byte[]? ChartPng)
{
    /// <summary>The Content-ID the HTML refers to with "cid:": mail clients block data: images, but show inline parts.</summary>
    public const string ChartContentId = "digest-chart@nrwbot";

    public static DigestMail For(DigestReport report)
    {
        var chart = DigestChart.Png(report.NewByCategory);
        return new DigestMail(
            DigestFormat.Title(report) + (report.Late ? DigestTexts.LateSubjectSuffix.German : ""),
            DigestHtmlWriter.Write(report, chart is null ? null : "cid:" + ChartContentId),
            DigestTexts.MailPlainIntro.German + "\n\n" + DigestMarkdownWriter.Write(report),
            chart);
    }
}
