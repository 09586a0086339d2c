using NrwBot.Dialogs.Content;
using NrwBot.Dialogs.Requests.Categories;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Language;

public class CategoryCatalogTests
{
    [Fact]
    public void Content_file_holds_the_eleven_categories_of_the_issue()
    {
        var catalog = CategoryCatalog.Load(TestFiles.Content("requests", "categories.yml"));

        Assert.Equal(
            ["Fortbildung & Coaching", "Referent*innen & Expertise", "Vernetzung & Austausch", "Fachliche Beratung",
             "Richtlinien, Förderung & Formulare", "Öffentlichkeits- & Pressearbeit", "Analyse & Handlungskonzept",
             "Nachhaltigkeit & Fortführung", "Einarbeitung", "Technik", "Sonstiges"],
            catalog.Categories.Select(category => category.Title));
        Assert.Equal("sonstiges", catalog.Fallback.Id);
        Assert.All(catalog.Categories.Where(category => !category.IsFallback), category => Assert.NotEmpty(category.Keywords));
    }

    [Fact]
    public void Every_problem_is_reported_with_file_and_line()
    {
        const string yaml = """
            categories:
              - id: technik
                title: Technik
                description: Technische Fragen
                keywords: [Teams]
              - id: Technik Neu
                description: Ohne Titel
                keywords: [Zoom]
                colour: blau
              - id: technik
                title: Doppelt
                description: Doppelte Kennung
                keywords: Passwort
            """;

        var exception = Assert.Throws<ContentException>(() => CategoryCatalog.Parse(yaml, "categories.yml"));

        Assert.Contains(exception.Problems.Select(problem => problem.ToString()), error => error.StartsWith("categories.yml:6:") && error.Contains("„title“ fehlt"));
        Assert.Contains(exception.Problems.Select(problem => problem.ToString()), error => error.StartsWith("categories.yml:6:") && TextAssert.IsIn(CategoryTexts.BadId, error));
        Assert.Contains(exception.Problems.Select(problem => problem.ToString()), error => error.StartsWith("categories.yml:9:") && error.Contains("„colour“"));
        Assert.Contains(exception.Problems.Select(problem => problem.ToString()), error => error.StartsWith("categories.yml:13:") && TextAssert.IsIn(CategoryTexts.FieldMustBeList, error));
    }

    [Fact]
    public void Duplicate_ids_and_a_missing_fallback_are_reported()
    {
        const string yaml = """
            categories:
              - id: technik
                title: Technik
                description: Technische Fragen
                keywords: [Teams]
              - id: technik
                title: Doppelt
                description: Doppelte Kennung
                keywords: [Zoom]
            """;

        var exception = Assert.Throws<ContentException>(() => CategoryCatalog.Parse(yaml, "categories.yml"));

        Assert.Contains(exception.Problems.Select(problem => problem.ToString()), error => error.StartsWith("categories.yml:6:") && TextAssert.IsIn(CategoryTexts.DuplicateId, error) && error.Contains("Zeile 2"));
        Assert.Contains(exception.Problems.Select(problem => problem.ToString()), error => error.Contains(CategoryTexts.FallbackCount.Format(0)));
    }

    [Fact]
    public void Yaml_syntax_errors_name_the_line()
    {
        const string yaml = "categories:\n  - id: technik\n    title: \"offen\n    description: x\n";

        var exception = Assert.Throws<ContentException>(() => CategoryCatalog.Parse(yaml, "categories.yml"));

        Assert.Matches(@"^categories\.yml:\d+: Die Datei ist kein gültiges YAML", Assert.Single(exception.Problems.Select(problem => problem.ToString())));
    }
}
