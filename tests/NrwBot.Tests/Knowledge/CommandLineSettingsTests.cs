using Microsoft.Extensions.Configuration;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Host.Knowledge;

namespace NrwBot.Tests.Knowledge;

/// <summary>Issue 10: the thresholds from configuration apply to `ask` and `eval` as they do to the bot.</summary>
public sealed class CommandLineSettingsTests
{
    [Fact]
    public async Task Ask_decides_with_the_configured_thresholds()
    {
        const string question = "Wann ist der Verwendungsnachweis fällig?";
        var strict = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:AnswerThreshold"] = "1.01",
            ["Knowledge:SuggestThreshold"] = "1.01",
        }).Build();

        var usual = new StringWriter();
        await KnowledgeServices.CommandLine(new ConfigurationBuilder().Build()).AskAsync([question, "--json"], usual);
        var configured = new StringWriter();
        await KnowledgeServices.CommandLine(strict).AskAsync([question, "--json"], configured);

        Assert.Contains("\"decision\":\"answer\"", usual.ToString());
        Assert.Contains("\"decision\":\"none\"", configured.ToString());
    }

    [Fact]
    public async Task Eval_decides_with_the_configured_thresholds()
    {
        var set = Path.Combine(Path.GetTempPath(), "nrwbot-eval-" + Guid.NewGuid().ToString("N") + ".jsonl");
        await File.WriteAllTextAsync(set, "{\"q\": \"Wann ist der Verwendungsnachweis fällig?\", \"id\": \"verwendungsnachweis\"}\n");
        var strict = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:AnswerThreshold"] = "1.01",
            ["Knowledge:SuggestThreshold"] = "1.01",
        }).Build();
        try
        {
            var usual = new StringWriter();
            await KnowledgeServices.CommandLine(new ConfigurationBuilder().Build()).EvalAsync([set], usual);
            var configured = new StringWriter();
            await KnowledgeServices.CommandLine(strict).EvalAsync([set], configured);

            Assert.Contains(KnowledgeTexts.EvalDecisions.Format(1, 0, 0), usual.ToString());
            Assert.Contains(KnowledgeTexts.EvalDecisions.Format(0, 0, 1), configured.ToString());
        }
        finally
        {
            File.Delete(set);
        }
    }
}
