namespace NrwBot.Dialogs.Analysis;

/// <summary>The analysis as a Markdown document: the chat's paragraphs under a heading, with the privacy rule.</summary>
public static class RegionalMarkdown
{
    public static string Write(RegionalReport report) =>
        "# " + RegionalLines.Title(report) + "\n\n" + string.Join("\n\n", RegionalLines.Of(report)) + "\n\n_" + AnalysisTexts.PrivacyNote.German + "_\n";
}
