using NrwBot.Tests.Infrastructure;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using NrwBot.Dialogs.Knowledge;
using static NrwBot.Tests.Knowledge.KnowledgeFixtures;

namespace NrwBot.Tests.Knowledge;

public class KnowledgeCommandLineTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
    private readonly KnowledgeCommandLine _shipped = new(ContentFolder, new KnowledgeOptions(), Clock);

    [Fact]
    public async Task Ask_with_json_prints_exactly_one_json_object_in_the_specified_shape()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = await _shipped.AskAsync(["Wann ist der Verwendungsnachweis fällig?", "--json"], stdout, stderr);

        Assert.Equal(0, code);
        var output = stdout.ToString().Trim();
        Assert.DoesNotContain('\n', output);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(["decision", "id", "title", "confidence", "alternatives"], root.EnumerateObject().Select(property => property.Name));
        Assert.Equal("answer", root.GetProperty("decision").GetString());
        Assert.Equal("verwendungsnachweis", root.GetProperty("id").GetString());
        Assert.Equal("Der Verwendungsnachweis: Inhalt und Frist", root.GetProperty("title").GetString());
        Assert.InRange(root.GetProperty("confidence").GetDouble(), 0.65, 1.0);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("alternatives").ValueKind);
    }

    [Fact]
    public async Task Ask_json_for_an_ambiguous_question_lists_alternatives_with_confidence()
    {
        using var folder = new TempContentFolder()
            .Write("a.md", ArticleFile("a", "Verwendungsnachweis", ["Sachbericht?", "Belege?", "Nachweis?"], "Die Frist steht im Bescheid."))
            .Write("b.md", ArticleFile("b", "Antragstellung", ["Antrag stellen?", "Unterlagen?", "Einreichen?"], "Die Frist nennt der Förderaufruf."))
            .Write("c.md", ArticleFile("c", "Mittelabruf", ["Abrufen?", "Anfordern?", "Zinsen?"], "Die Frist nennt die Bewilligungsbehörde."));
        var stdout = new StringWriter();

        await new KnowledgeCommandLine(folder.Path, new KnowledgeOptions(), Clock).AskAsync(["Frist", "--json"], stdout);

        var root = JsonDocument.Parse(stdout.ToString()).RootElement;
        Assert.Equal("suggest", root.GetProperty("decision").GetString());
        var alternatives = root.GetProperty("alternatives").EnumerateArray().ToList();
        Assert.InRange(alternatives.Count, 1, 2);
        Assert.All(alternatives, alternative => Assert.InRange(alternative.GetProperty("confidence").GetDouble(), 0, root.GetProperty("confidence").GetDouble()));
    }

    [Fact]
    public async Task Ask_json_for_an_unknown_question_has_decision_none_and_no_article()
    {
        var stdout = new StringWriter();

        await _shipped.AskAsync(["Wie", "wird", "das", "Wetter?", "--json"], stdout);

        var root = JsonDocument.Parse(stdout.ToString()).RootElement;
        Assert.Equal("none", root.GetProperty("decision").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("id").ValueKind);
        Assert.Empty(root.GetProperty("alternatives").EnumerateArray());
    }

    [Fact]
    public async Task Ask_prints_decision_id_and_confidence_as_text()
    {
        var stdout = new StringWriter();

        await _shipped.AskAsync(["VN", "Frist?"], stdout);

        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("decision: answer", lines[0]);
        Assert.Equal("id: verwendungsnachweis", lines[1]);
        Assert.Matches(@"^confidence: \d\.\d{3}$", lines.Single(line => line.StartsWith("confidence:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Ask_without_a_question_is_a_usage_error()
    {
        var stderr = new StringWriter();

        Assert.Equal(2, await _shipped.AskAsync(["--json"], new StringWriter(), stderr));
        Assert.Contains("ask", stderr.ToString());
    }

    [Fact]
    public async Task Eval_prints_top1_top3_and_declined_for_ours_and_the_baseline()
    {
        using var folder = new TempContentFolder().Write("set.jsonl", """
            {"q": "Wann ist der VN fällig?", "id": "verwendungsnachweis"}
            {"q": "Logos auf dem Flyer", "id": "oeffentlichkeitsarbeit-logos"}
            {"q": "Wie wird das Wetter morgen?", "id": null}
            """);
        var stdout = new StringWriter();

        var code = await _shipped.EvalAsync([Path.Combine(folder.Path, "set.jsonl")], stdout);

        Assert.Equal(0, code);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains(KnowledgeTexts.EvalHeader.Format(Path.Combine(folder.Path, "set.jsonl"), 3, 2, 1), lines[0]);
        Assert.Matches(@"top-1\s+top-3\s+abgelehnt", lines[1]);
        Assert.Matches(@"^NrwBot.*\s100\.0 %\s+100\.0 %\s+100\.0 %$", lines[2]);
        TextAssert.StartsWith(KnowledgeTexts.EvalBaseline, lines[3]);
    }

    [Fact]
    public async Task Eval_lists_per_article_which_other_article_was_found_instead()
    {
        using var folder = new TempContentFolder().Write("set.jsonl", """
            {"q": "Wann ist der Verwendungsnachweis fällig?", "id": "mittelabruf"}
            {"q": "Welche Logos kommen auf den Flyer?", "id": "oeffentlichkeitsarbeit-logos"}
            """);
        var stdout = new StringWriter();

        await _shipped.EvalAsync([Path.Combine(folder.Path, "set.jsonl")], stdout);

        var lines = stdout.ToString().Split('\n', StringSplitOptions.TrimEntries);
        Assert.Equal([KnowledgeTexts.EvalConfusion.Format("mittelabruf", "verwendungsnachweis (1×)").Trim()], lines.Where(line => line.Contains(" → ")));
    }

    [Fact]
    public async Task Eval_reports_a_broken_line_with_its_number()
    {
        using var folder = new TempContentFolder().Write("set.jsonl", "{\"q\": \"gut\", \"id\": null}\n{\"frage\": \"kaputt\"}\n");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => _shipped.EvalAsync([Path.Combine(folder.Path, "set.jsonl")], new StringWriter()));

        Assert.Contains("set.jsonl:2", error.Message);
    }

    [Fact]
    public async Task Check_passes_on_the_shipped_content()
    {
        var stdout = new StringWriter();

        Assert.Equal(0, await _shipped.CheckAsync([], stdout));
        Assert.Contains("in Ordnung: 22 Artikel", stdout.ToString());
    }

    [Fact]
    public async Task Check_fails_with_file_and_line_and_lists_expired_articles()
    {
        using var folder = new TempContentFolder()
            .Write("alt.md", ArticleFile("alt", "Alt", ["Eins?", "Zwei?", "Drei?"], extraFrontMatter: "valid_until: 2025-12-31"))
            .Write("kaputt.md", ArticleFile("kaputt", "Kaputt", ["Eins?"]));
        var stdout = new StringWriter();

        var code = await new KnowledgeCommandLine(folder.Path, new KnowledgeOptions(), Clock).CheckAsync([], stdout);

        Assert.Equal(1, code);
        Assert.Contains("kaputt.md:4: ", stdout.ToString());
        Assert.Contains(KnowledgeTexts.CheckExpired.Format("alt"), stdout.ToString());
    }
}
