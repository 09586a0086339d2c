using NrwBot.Dialogs.Content;
using NrwBot.Dialogs.Onboarding;
using NrwBot.Host.Onboarding;

namespace NrwBot.Tests.Onboarding;

/// <summary>The onboarding files the LKS edits: the sample path, and the messages a broken file gets.</summary>
public sealed class OnboardingContentTests
{
    private const string Valid = """
        ---
        id: datenschutz
        title: "Datenschutz"
        order: 1
        minutes: 15
        status: beispiel
        links:
          - title: "Vorlage"
            url: "https://www.example.org/vorlage.docx"
        articles: [datenschutz-projektarbeit]
        check:
          kind: question
          text: "Was brauchen Sie vor dem Foto?"
          answer: "Eine Einwilligung."
        ---
        Text des Schritts.
        """;

    [Fact]
    public void The_sample_path_has_at_least_eleven_steps_each_with_a_check_question_or_task_and_marked_as_sample()
    {
        var path = OnboardingPath.Load(OnboardingPath.DefaultFolder);

        Assert.True(path.Count >= 11, $"{path.Count} steps");
        Assert.Equal(path.Steps.Select(step => step.Order).Order(), path.Steps.Select(step => step.Order));
        Assert.All(path.Steps, step =>
        {
            Assert.True(step.IsSample, step.File);
            Assert.False(string.IsNullOrWhiteSpace(step.Check.Text), step.File);
            Assert.False(string.IsNullOrWhiteSpace(step.Body), step.File);
            Assert.True(step.Links.Count + step.Articles.Count <= OnboardingFileReader.MaxExtraButtons, step.File);
        });
        Assert.Single(path.Steps, step => step.ShowsContacts);
        Assert.Contains(path.Steps, step => step.Check.Kind == StepCheckKind.Question);
        Assert.Contains(path.Steps, step => step.Check.Kind == StepCheckKind.Task);
    }

    [Fact]
    public void Every_related_article_of_the_sample_path_exists_in_the_knowledge_base()
    {
        var knowledge = NrwBot.Dialogs.Knowledge.KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "content", "knowledge")).Base;
        var articles = new NrwBot.Host.Onboarding.KnowledgeArticleTitles(new NrwBot.Dialogs.Knowledge.FixedKnowledgeSource(
            NrwBot.Dialogs.Knowledge.KnowledgeSnapshot.Build(knowledge, new NrwBot.Dialogs.Knowledge.KnowledgeOptions())));

        var path = OnboardingPath.Load(OnboardingPath.DefaultFolder, articles.Ids);

        Assert.NotEmpty(path.Steps.SelectMany(step => step.Articles));
        Assert.All(path.Steps.SelectMany(step => step.Articles), id => Assert.NotNull(articles.TitleOf(id)));
    }

    [Fact]
    public void A_valid_file_is_read_with_its_links_articles_and_check()
    {
        var step = Assert.Single(OnboardingPath.Parse([("09-datenschutz.md", Valid)]).Steps);

        Assert.Equal("datenschutz", step.Id);
        Assert.Equal("https://www.example.org/vorlage.docx", Assert.Single(step.Links).Url);
        Assert.Equal(["datenschutz-projektarbeit"], step.Articles);
        Assert.Equal(new StepCheck(StepCheckKind.Question, "Was brauchen Sie vor dem Foto?", "Eine Einwilligung."), step.Check);
        Assert.Equal("Text des Schritts.", step.Body);
    }

    [Theory]
    [InlineData("order: 1", "order: eins", "a.md:4: order muss eine ganze Zahl")]
    [InlineData("title: \"Datenschutz\"\n", "", "a.md:1: Feld „title“ fehlt")]
    [InlineData("  kind: question", "  kind: quiz", "a.md:12: check.kind muss")]
    [InlineData("url: \"https://www.example.org/vorlage.docx\"", "url: \"http://intranet/vorlage\"", "a.md:9: url „http://intranet/vorlage“ muss mit https://")]
    [InlineData("status: beispiel", "status: beispiel\nautor: LKS", "a.md:7: Unbekanntes Feld „autor“")]
    [InlineData("minutes: 15", "minutes: [15", "a.md:15: Der Kopf endet mitten")]
    [InlineData("title: \"Datenschutz\"", "title: \"Datenschutz", "a.md:")]
    [InlineData("Text des Schritts.", "", "a.md:16: Unter dem Kopf fehlt der Text")]
    public void Problems_are_reported_with_file_and_line(string original, string replacement, string expected)
    {
        var broken = Valid.Replace(original, replacement, StringComparison.Ordinal);
        Assert.NotEqual(Valid, broken);

        var error = Assert.Throws<ContentException>(() => OnboardingPath.Parse([("a.md", broken)]));

        Assert.Contains(error.Problems, problem => problem.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_the_knowledge_base_does_not_have_is_reported_on_its_line()
    {
        var error = Assert.Throws<ContentException>(() => OnboardingPath.Parse([("a.md", Valid)], new HashSet<string> { "foerderrichtlinie-ueberblick" }));

        Assert.Equal([new ContentProblem("a.md", 10, OnboardingTexts.FileUnknownArticle.Format("datenschutz-projektarbeit"))], error.Problems);
    }

    [Fact]
    public void Duplicate_ids_and_orders_are_problems_of_the_whole_path()
    {
        var error = Assert.Throws<ContentException>(() => OnboardingPath.Parse([("a.md", Valid), ("b.md", Valid)]));

        Assert.Contains(error.Problems, problem => problem.Message.StartsWith("id „datenschutz“ kommt mehrfach vor: a.md, b.md", StringComparison.Ordinal));
        Assert.Contains(error.Problems, problem => problem.Message.StartsWith("order 1 kommt mehrfach vor: a.md, b.md", StringComparison.Ordinal));
    }

    [Fact]
    public void More_than_three_articles_and_links_together_are_refused()
    {
        var crowded = Valid.Replace("articles: [datenschutz-projektarbeit]", "articles: [a, b, c]", StringComparison.Ordinal);

        var error = Assert.Throws<ContentException>(() => OnboardingPath.Parse([("a.md", crowded)]));

        Assert.Contains(error.Problems, problem => problem.ToString() == "a.md:10: " + OnboardingTexts.FileTooManyButtons.Format(3));
    }

    [Fact]
    public void The_readme_of_the_folder_is_not_a_step_and_an_empty_folder_is_a_problem()
    {
        var folder = Directory.CreateTempSubdirectory("nrwbot-onboarding-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "README.md"), "# Anleitung");
            Assert.Throws<ContentException>(() => OnboardingPath.Load(folder.FullName));
            File.WriteAllText(Path.Combine(folder.FullName, "01-datenschutz.md"), Valid);
            Assert.Single(OnboardingPath.Load(folder.FullName).Steps);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
