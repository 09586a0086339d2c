using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Results;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Language;

namespace NrwBot.Tests.NetworkResults;

/// <summary>Recorded results are found in chat by everyone, with the knowledge search's German analysis.</summary>
public sealed class ResultsSearchConversationTests
{
    private static async Task<string> AskAsync(BotTestHost host, string text) =>
        string.Join("\n", (await host.TurnAsync(host.Channel(), text)).Select(ActivityAssert.VisibleText));

    [Fact]
    public async Task A_natural_question_finds_the_bullets_with_meeting_group_and_question()
    {
        await using var host = await BotTestHost.StartAsync();
        await ResultsTestData.StoreSeedAsync(host.Services);

        var text = await AskAsync(host, "Was hat das Netzwerk 2007 zu Öffentlichkeitsarbeit festgehalten?");

        TextAssert.Contains(ResultsTexts.HitsTitle, text);
        Assert.Contains("Öffentlichkeitsarbeit", text);
        Assert.Contains("12.07.2007", text);
        Assert.Contains("AG I · Frage 1: Aktueller Arbeitsschwerpunkt", text);
        Assert.Contains("Bekanntmachen des Projekts", text);
    }

    [Fact]
    public async Task A_meeting_stored_after_a_search_is_found_by_the_next_search()
    {
        await using var host = await BotTestHost.StartAsync();
        await ResultsTestData.StoreSeedAsync(host.Services);

        var before = await AskAsync(host, "Ergebnisse suchen Hackathon");
        var parser = host.Services.GetRequiredService<ResultsParser>();
        var import = parser.Parse("Fachtag Demokratie\n3. März 2026 in Köln\nAG I\n1. Was lief gut?\n- Hackathon für Demokratie-Apps (2)\n");
        await host.Services.GetRequiredService<IResultsStore>().SaveAsync(import.Results!, new Dictionary<ResultItem, string>(), CancellationToken.None);
        var after = await AskAsync(host, "Ergebnisse suchen Hackathon");

        TextAssert.Contains(ResultsTexts.NoHits, before);
        Assert.Contains("Hackathon für Demokratie-Apps", after);
    }

    [Fact]
    public async Task Ergebnisse_suchen_reads_folded_words_counts_and_a_year_without_meetings_finds_nothing()
    {
        await using var host = await BotTestHost.StartAsync();
        await ResultsTestData.StoreSeedAsync(host.Services);

        var folded = await AskAsync(host, "Ergebnisse suchen Oeffentlichkeitsarbeit");
        var counted = await AskAsync(host, "Ergebnisse suchen Fortbildungen");
        var otherYear = await AskAsync(host, "Ergebnisse suchen 2008 Öffentlichkeitsarbeit");
        var nothing = await AskAsync(host, "Ergebnisse suchen");

        Assert.Contains("Öffentlichkeitsarbeit", folded);
        Assert.Contains("Fortbildungen (bedarfsgerecht) für die Projektmitarbeiter /Coaching", counted);
        Assert.Contains(ResultsTexts.HitCount.Format(3), counted);
        TextAssert.Contains(ResultsTexts.NoHits, otherYear);
        TextAssert.Contains(ResultsTexts.SearchWhat, nothing);
    }

    [Fact]
    public void No_knowledge_or_contact_question_of_the_dev_sets_is_taken_for_a_results_search()
    {
        var questions = File.ReadLines(TestFiles.Data("qa-dev.jsonl")).Where(line => line.Trim().Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("q").GetString()!)
            .Concat(File.ReadLines(TestFiles.Data("routing-dev.jsonl")).Where(line => line.Trim().Length > 0)
                .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!))
            .ToList();
        var patterns = new[] { ResultsSearchFeature.CommandPattern, ResultsSearchFeature.QuestionPattern, ResultsCapture.Pattern }
            .Select(pattern => new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).ToList();

        var taken = questions.Where(question => patterns.Any(pattern => pattern.IsMatch(question.Trim()))).ToList();

        Assert.True(questions.Count > 300, questions.Count.ToString());
        Assert.Empty(taken);
        Assert.Matches(patterns[1], "Was hat das Netzwerk 2007 zu Öffentlichkeitsarbeit festgehalten?");
        Assert.Matches(patterns[1], "Welche Ergebnisse gab es beim Netzwerktreffen zu Fortbildung?");
    }
}
