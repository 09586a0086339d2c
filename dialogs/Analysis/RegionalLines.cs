namespace NrwBot.Dialogs.Analysis;

/// <summary>The analysis as Markdown paragraphs, the same in chat, digest and export; the area's small numbers hidden.</summary>
public static class RegionalLines
{
    public static IReadOnlyList<string> Of(RegionalReport report)
    {
        var paragraphs = report.Sections.Select(section => Section(report, section)).ToList();
        paragraphs.Add(ActiveOffices(report));
        paragraphs.Add(Differences(report));
        return paragraphs;
    }

    public static string Title(RegionalReport report) => AnalysisTexts.Title.Format(report.Area.Name, AnalysisWords.Period(report.Period));

    public static string AreaCount(RegionalSection section, int count) =>
        section.Attributable ? SmallNumbers.Show(count) : AnalysisTexts.NotAttributable.German;

    public static string ActiveOffices(RegionalReport report) => AnalysisTexts.ActiveOfficesLine.Format(AnalysisTexts.ActiveOffices.German,
        SmallNumbers.Show(report.ActiveOffices), report.OfficesInArea, report.ActiveOfficesNrw, report.OfficesNrw);

    public static string Differences(RegionalReport report) => report.Differences.Count == 0
        ? AnalysisTexts.NoDifferences.German
        : AnalysisTexts.DifferencesHeading.German + "\n" + string.Join("\n", report.Differences.Select(difference => "- " + AnalysisWords.Sentence(report.Area, difference)));

    private static string Section(RegionalReport report, RegionalSection section)
    {
        var heading = AnalysisTexts.SectionHeading.Format(AnalysisWords.Title(section.Figure), report.Area.Name, AreaCount(section, section.AreaTotal), section.NrwTotal);
        if (!section.Attributable) heading += " · " + AnalysisTexts.NotAttributableNote.German;
        if (section.Rows.Count == 0) return heading + "\n- " + AnalysisTexts.NothingInSection.German;
        return heading + "\n" + string.Join("\n", section.Rows.Select(row => "- " + AnalysisTexts.Row.Format(
            Conversation.SafeText.Escape(row.Category), AreaCount(section, row.Area), row.Nrw)));
    }
}
