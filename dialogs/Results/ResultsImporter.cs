using System.Globalization;
using NrwBot.Dialogs.Requests.Categories;

namespace NrwBot.Dialogs.Results;

/// <summary>
/// <c>results import FILE [--dry-run] [--json]</c>: reads a protocol, reports what it understood (or every problem
/// with its line) and, without --dry-run, stores it. With --json standard output holds exactly one JSON object.
/// Exit codes: 0 understood (and stored), 1 broken structure (nothing stored), 64 wrong call.
/// </summary>
public sealed class ResultsImporter(ResultsParser parser, SupportNeedClassifier classifier, Func<CancellationToken, Task<IResultsStore>> openStore)
{
    public const int Done = 0;
    public const int Broken = 1;
    public const int UsageError = 64;
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var words = args.SkipWhile((arg, index) => index == 0 && arg == "results").ToList();
        var dryRun = words.Remove("--dry-run");
        var json = words.Remove("--json");
        if (words is not ["import", var path] || path.StartsWith("--", StringComparison.Ordinal))
        {
            await stderr.WriteLineAsync(ResultsTexts.Usage.German);
            return UsageError;
        }
        if (!File.Exists(path))
        {
            await stderr.WriteLineAsync(ResultsTexts.FileMissing.Format(path));
            return UsageError;
        }
        var import = parser.Parse(await File.ReadAllTextAsync(path, cancellationToken));
        if (!import.Succeeded) return await ReportProblemsAsync(import.Problems, json, stdout, stderr);
        var results = import.Results!;
        var needs = classifier.Count(results);
        await stdout.WriteLineAsync(json ? ResultsJson.Write(results, needs) : Summary(results, needs));
        if (dryRun) return Done;
        var categories = classifier.Classify(results).DistinctBy(pair => pair.Item).ToDictionary(pair => pair.Item, pair => pair.Category.Id);
        var store = await openStore(cancellationToken);
        var stored = await store.SaveAsync(results, categories, cancellationToken);
        await stderr.WriteLineAsync(stored.WasAlreadyStored
            ? ResultsTexts.AlreadyStored.Format(results.Title, results.Date.ToDateTime(TimeOnly.MinValue), stored.Id)
            : ResultsTexts.Stored.Format(stored.Id));
        return Done;
    }

    private static async Task<int> ReportProblemsAsync(IReadOnlyList<ResultsProblem> problems, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (json) await stdout.WriteLineAsync(ResultsJson.WriteProblems(problems));
        foreach (var problem in problems) await stderr.WriteLineAsync(problem.ToString());
        await stderr.WriteLineAsync(ResultsTexts.NothingImported.German);
        return Broken;
    }

    public static string Summary(MeetingResults results, IReadOnlyList<SupportNeedCount> needs)
    {
        var sections = results.Groups.Sum(group => group.Sections.Count);
        var items = results.AllItems.ToList();
        var lines = new List<string>
        {
            ResultsTexts.Understood.Format(results.Title, results.Date.ToDateTime(TimeOnly.MinValue), results.Place ?? ResultsTexts.UnknownPlace.German,
                results.Groups.Count, sections, items.Count, items.Count(item => item.Place is not null)),
            ResultsTexts.SupportNeeds.Format(needs.Sum(need => need.Count)),
        };
        lines.AddRange(needs.Select(need => ResultsTexts.SupportNeedLine.Format(need.CategoryTitle, need.Count)));
        return string.Join(Environment.NewLine, lines);
    }
}
