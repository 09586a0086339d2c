using NrwBot.Dialogs.Content;
using NrwBot.Dialogs.Calendar;
using NrwBot.Dialogs.Places;

namespace NrwBot.Tests.Calendar;

public sealed class CalendarFileTests
{
    private static readonly RegionCatalog Regions = RegionCatalog.Load(Path.Combine(AppContext.BaseDirectory, "content", "places", "nrw-places.json"));

    [Fact]
    public void The_shipped_calendar_loads_and_every_sample_is_marked_as_an_example()
    {
        var entries = CalendarFile.LoadFolder(Path.Combine(AppContext.BaseDirectory, "content", "calendar"), Regions);

        Assert.True(entries.Count >= 5);
        Assert.All(entries, entry => Assert.True(entry.IsExample, entry.Id));
        Assert.Contains(entries, entry => entry.Kind == CalendarEntryKind.Event && entry.End > entry.Start);
        Assert.Contains(entries, entry => entry.Audience.Regions.Contains("Regierungsbezirk Detmold"));
        Assert.All(entries, entry => Assert.Matches(@"^fristen-und-termine\.yml, Zeile \d+$", entry.Source));
    }

    [Fact]
    public void A_valid_entry_is_read_with_all_its_fields()
    {
        var problems = new List<ContentProblem>();
        var entries = CalendarFile.Parse("test.yml", """
            entries:
              - id: treffen
                title: Treffen
                kind: termin
                from: 2027-01-20
                to: 2027-01-21
                audience:
                  roles: [fachkraft]
                  regions: [Kreis Düren, Regierungsbezirk Detmold, MS]
                link: https://www.example.org/treffen
                remind: [3, 14]
                status: geprüft
            """, Regions, problems);

        Assert.Empty(problems);
        var entry = Assert.Single(entries);
        Assert.Equal(new DateOnly(2027, 1, 20), entry.Start);
        Assert.Equal(new DateOnly(2027, 1, 21), entry.End);
        Assert.Equal(["fachkraft"], entry.Audience.Roles);
        Assert.Equal(["Kreis Düren", "Regierungsbezirk Detmold", "Münster"], entry.Audience.Regions);
        Assert.Equal([14, 3], entry.ReminderDays);
        Assert.False(entry.IsExample);
    }

    [Theory]
    [InlineData("    date: 2027-02-30", 4, "„2027-02-30“ ist kein gültiges Datum")]
    [InlineData("    date: 31.01.2027", 4, "„31.01.2027“ ist kein gültiges Datum")]
    [InlineData("    from: 2027-03-02\n    to: 2027-03-01", 5, "„to“ (2027-03-01) liegt vor „from“")]
    [InlineData("    date: 2027-03-01\n    audience:\n      roles: [chefin]", 6, "Rolle „chefin“ unbekannt")]
    [InlineData("    date: 2027-03-01\n    audience:\n      regions: [Atlantis]", 6, "Region „Atlantis“")]
    [InlineData("    date: 2027-03-01\n    remind: [14, zwei]", 5, "remind „zwei“")]
    [InlineData("    date: 2027-03-01\n    link: http://example.org", 5, "muss eine Adresse mit https://")]
    [InlineData("    date: 2027-03-01\n    datum: 2027-03-01", 5, "Unbekanntes Feld „datum“")]
    [InlineData("    date: 2027-03-01\n    kind: meeting", 5, "kind muss „frist“ oder „termin“")]
    public void A_problem_is_reported_with_file_and_line_and_the_entry_is_left_out(string lines, int line, string message)
    {
        var problems = new List<ContentProblem>();
        var entries = CalendarFile.Parse("fristen.yml", "entries:\n  - id: eintrag\n    title: Eintrag\n" + lines + "\n", Regions, problems);

        Assert.Empty(entries);
        var problem = Assert.Single(problems);
        Assert.Equal(("fristen.yml", line), (problem.File, problem.Line));
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void Duplicate_ids_across_files_stop_the_start_naming_both_places()
    {
        var folder = Directory.CreateTempSubdirectory("nrwbot-calendar-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a.yml"), "entries:\n  - id: x\n    title: A\n    date: 2027-01-01\n");
            File.WriteAllText(Path.Combine(folder.FullName, "b.yml"), "entries:\n  - id: x\n    title: B\n    date: 2027-01-02\n");

            var error = Assert.Throws<ContentException>(() => CalendarFile.LoadFolder(folder.FullName, Regions));

            var problem = Assert.Single(error.Problems).ToString();
            Assert.Contains("b.yml, Zeile 2", problem);
            Assert.Contains("a.yml, Zeile 2", problem);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_file_without_an_entries_list_is_reported()
    {
        var problems = new List<ContentProblem>();
        CalendarFile.Parse("leer.yml", "titel: nichts\n", Regions, problems);
        Assert.Equal([new ContentProblem("leer.yml", 1, "Die Datei braucht eine Liste „entries:“ mit den Fristen und Terminen.")], problems);
    }
}
