using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NrwBot.Dialogs.Content;
using NrwBot.Dialogs.Requests.Categories;
using NrwBot.Dialogs.Language;
using NrwBot.Host.Places;

namespace NrwBot.Host.Language;

/// <summary>
/// <c>classify "Text" [--json]</c>: proposes a category and shows the language analysis of one request text. With
/// --json, standard output holds exactly one JSON object; logs and errors go to standard error.
/// </summary>
public static class ClassifyCommandLine
{
    public const string Command = "classify";
    private const string JsonOption = "--json";
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, IConfiguration? configuration = null, TextWriter? stderr = null, CancellationToken cancellationToken = default)
    {
        stderr ??= Console.Error;
        var arguments = args.SkipWhile(arg => arg == Command).ToList();
        var unknown = arguments.FirstOrDefault(arg => arg.StartsWith("--", StringComparison.Ordinal) && arg != JsonOption);
        var text = string.Join(' ', arguments.Where(arg => !arg.StartsWith("--", StringComparison.Ordinal)));
        if (unknown is not null || string.IsNullOrWhiteSpace(text))
        {
            if (unknown is not null) await stderr.WriteLineAsync(ClassifyTexts.UnknownOption.Format(unknown));
            await stderr.WriteLineAsync(ClassifyTexts.Usage.German);
            return 2;
        }
        try
        {
            await using var services = BuildServices(configuration ?? DefaultConfiguration());
            var analysis = await services.GetRequiredService<ILanguageAnalyzer>().AnalyzeAsync(text, cancellationToken);
            var proposal = services.GetRequiredService<CategoryClassifier>().Propose(text);
            if (arguments.Contains(JsonOption)) await WriteJsonAsync(stdout, proposal, analysis);
            else await WriteTextAsync(stdout, proposal, analysis);
            return 0;
        }
        catch (ContentException exception)
        {
            await stderr.WriteLineAsync(ClassifyTexts.CategoryFileBroken.German);
            foreach (var problem in exception.Problems) await stderr.WriteLineAsync(problem.ToString());
            return 1;
        }
    }

    private static ServiceProvider BuildServices(IConfiguration configuration) => new ServiceCollection()
        .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace))
        .AddSingleton(configuration)
        .AddNrwBotPlaces()
        .AddNrwBotLanguageAnalysis()
        .BuildServiceProvider();

    private static IConfiguration DefaultConfiguration() => Cli.CommandLineConfiguration.Build();

    private static async Task WriteJsonAsync(TextWriter stdout, CategoryProposal proposal, LanguageAnalysis analysis)
    {
        var result = new ClassifyResult(
            proposal.Category.Id,
            proposal.Confidence,
            analysis.Language,
            analysis.Pii.Select(entity => new ClassifyResult.Pii(entity.Category.ToString(), entity.Offset, entity.Length, entity.Text)).ToList(),
            analysis.KeyPhrases,
            analysis.Places.Select(place => new ClassifyResult.Place(place.Text, place.Region, place.Regions, place.Gemeinde, place.Offset, place.Length)).ToList());
        await stdout.WriteLineAsync(JsonSerializer.Serialize(result, JsonOptions));
    }

    private static async Task WriteTextAsync(TextWriter stdout, CategoryProposal proposal, LanguageAnalysis analysis)
    {
        await stdout.WriteLineAsync(ClassifyTexts.Category.Format(proposal.Category.Title, proposal.Category.Id, proposal.Confidence));
        await stdout.WriteLineAsync(ClassifyTexts.Language.Format(analysis.Language, analysis.LanguageConfidence, ClassifyTexts.SourceName(analysis.Source)));
        await stdout.WriteLineAsync(ClassifyTexts.PersonalData.Format(ListOrNone(analysis.Pii.Select(entity => LanguageTexts.Placeholder(entity.Category)))));
        await stdout.WriteLineAsync(ClassifyTexts.Redacted.Format(analysis.RedactedText));
        await stdout.WriteLineAsync(ClassifyTexts.KeyPhrases.Format(ListOrNone(analysis.KeyPhrases)));
        await stdout.WriteLineAsync(ClassifyTexts.Places.Format(ListOrNone(analysis.Places.Select(place => $"{string.Join(" / ", place.Regions)} („{place.Text}“)"))));
    }

    private static string ListOrNone(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? ClassifyTexts.None.German : string.Join(", ", list);
    }
}
