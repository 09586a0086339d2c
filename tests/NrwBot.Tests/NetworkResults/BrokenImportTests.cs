using NrwBot.Dialogs.Results;
using NrwBot.Tests.Places;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.NetworkResults;

/// <summary>Texts that do not have the protocol structure: every problem with its line, and no results to store.</summary>
public class BrokenImportTests
{
    private const string Header = "Treffen Netzwerk\n12. Juli 2007 in Düsseldorf\n\n";

    private static ResultsImport Parse(string text) => new ResultsParser(TestPlaces.Finder).Parse(text);

    [Fact]
    public void Empty_text_is_reported_on_line_1()
    {
        var import = Parse("  \n\n");

        Assert.Null(import.Results);
        Assert.Equal(1, Assert.Single(import.Problems).Line);
    }

    [Fact]
    public void Missing_date_is_reported_on_its_line()
    {
        var import = Parse("Treffen Netzwerk\nirgendwann in Düsseldorf\nAG I\n1. Frage\n- Punkt\n");

        Assert.Null(import.Results);
        var problem = Assert.Single(import.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("Datum", problem.Message);
    }

    [Fact]
    public void Sections_out_of_order_bullets_before_questions_and_empty_questions_are_all_reported()
    {
        var import = Parse(Header + "AG I\n- Punkt vor der Frage\n1. Erste Frage\n- Punkt (2)\n3. Dritte Frage\n- Punkt\nAG II\n1. Leere Frage\nAG III\n");

        Assert.Null(import.Results);
        Assert.Equal([5, 8, 11, 12], import.Problems.Select(problem => problem.Line));
        Assert.Contains("Frage 3", import.Problems[1].Message);
        TextAssert.Contains(ResultsTexts.SectionWithoutItems, import.Problems[2].Message);
        Assert.Contains("AG III", import.Problems[3].Message);
    }

    [Fact]
    public void Text_without_working_groups_is_reported()
    {
        var import = Parse(Header + "Ein Absatz ohne Struktur.\nNoch einer.\n");

        Assert.Null(import.Results);
        TextAssert.Contains(ResultsTexts.NoGroups, Assert.Single(import.Problems).Message);
    }

    [Fact]
    public void Binary_file_and_huge_text_are_refused()
    {
        TextAssert.Contains(ResultsTexts.NotText, Assert.Single(Parse("PK\u0003\u0004\0\0binary").Problems).Message);
        TextAssert.Contains(ResultsTexts.TooLong, Assert.Single(Parse(new string('x', ResultsParser.MaxTextLength + 1)).Problems).Message);
    }

    [Fact]
    public void Ten_kilobyte_bullet_is_reported_with_its_line()
    {
        var import = Parse(Header + "AG I\n1. Frage\n- " + new string('a', 10_240) + "\n- Punkt\n");

        Assert.Null(import.Results);
        Assert.Equal(6, Assert.Single(import.Problems).Line);
    }

    [Fact]
    public void Problem_lines_read_as_german_sentences()
    {
        var problem = Assert.Single(Parse(Header + "1. Frage ohne Gruppe\n").Problems);

        Assert.StartsWith("Zeile 4: ", problem.ToString());
    }
}
