using Microsoft.Extensions.Configuration;
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
}
