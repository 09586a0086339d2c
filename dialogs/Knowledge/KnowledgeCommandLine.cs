using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// The knowledge commands of the command line (the host maps "ask", "eval" and "kb check" to these methods).
/// Each returns the process exit code. Problems with the content go to <c>stderr</c>, so that
/// <c>ask "…" --json</c> prints exactly one JSON object on standard output. <c>ask</c> and <c>eval</c> answer from
/// <paramref name="content"/> (the host gives the published state of the bot's database, as the bot answers, or
/// the folder, read asynchronously: the database is awaited, never blocked on); <c>kb check</c> always checks the
/// files of <paramref name="contentFolder"/>.
/// </summary>
public sealed class KnowledgeCommandLine(string contentFolder, KnowledgeOptions options, TimeProvider clock,
    Func<TextWriter?, CancellationToken, Task<KnowledgeLoadResult>>? content = null)
{
    /// <summary>Answers from the files of the folder, not from the database.</summary>
    public const string FolderFlag = "--folder";

    private const string JsonFlag = "--json";
    private const string MissesFlag = "--misses";
    private const string PhrasingsFlag = "--phrasings";

    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<int> AskAsync(string[] args, TextWriter stdout, TextWriter? stderr = null, CancellationToken cancellationToken = default)
    {
        var question = string.Join(' ', args.Where(arg => arg != JsonFlag && arg != FolderFlag)).Trim();
        if (question.Length == 0)
        {
            (stderr ?? TextWriter.Null).WriteLine(KnowledgeTexts.AskUsage.German);
            return 2;
        }
        var answer = (await ServiceAsync(stderr, cancellationToken)).Ask(question, Today);
        if (args.Contains(JsonFlag)) stdout.WriteLine(JsonSerializer.Serialize(AskResult.From(answer), Json));
        else WriteAskText(answer, stdout);
        return 0;
    }

    public async Task<int> EvalAsync(string[] args, TextWriter stdout, TextWriter? stderr = null, CancellationToken cancellationToken = default)
    {
        var path = args.FirstOrDefault(arg => !arg.StartsWith("--", StringComparison.Ordinal));
        if (path is null || !File.Exists(path))
        {
            (stderr ?? TextWriter.Null).WriteLine(KnowledgeTexts.EvalUsage.German);
            return 2;
        }
        var set = KnowledgeEvaluator.ReadSet(path);
        var load = await LoadAsync(stderr, cancellationToken);
        var ours = KnowledgeEvaluator.Evaluate(new KnowledgeService(new FixedKnowledgeSource(KnowledgeSnapshot.Build(load.Base, options)), options), set, Today);
        var baseline = KnowledgeEvaluator.EvaluateBaseline(new BaselineSearcher(load.Base), set);
        var answerable = set.Count(item => item.ExpectedId is not null);
        stdout.WriteLine(string.Format(CultureInfo.InvariantCulture, KnowledgeTexts.EvalHeader.German, path, set.Count, answerable, set.Count - answerable));
        stdout.WriteLine(string.Format(CultureInfo.InvariantCulture, KnowledgeTexts.EvalColumns.German, "", "top-1", "top-3", KnowledgeTexts.EvalDeclinedColumn.German));
        stdout.WriteLine(string.Format(CultureInfo.InvariantCulture, KnowledgeTexts.EvalRow.German, KnowledgeTexts.EvalOurs.German, ours.Top1, ours.Top3, ours.Declined));
        stdout.WriteLine(string.Format(CultureInfo.InvariantCulture, KnowledgeTexts.EvalRow.German, KnowledgeTexts.EvalBaseline.German, baseline.Top1, baseline.Top3, baseline.Declined));
        stdout.WriteLine(string.Format(CultureInfo.InvariantCulture, KnowledgeTexts.EvalDecisions.German,
            ours.AnswerableDecisions.GetValueOrDefault(KnowledgeDecision.Answer), ours.AnswerableDecisions.GetValueOrDefault(KnowledgeDecision.Suggest),
            ours.AnswerableDecisions.GetValueOrDefault(KnowledgeDecision.None)));
        WriteConfusions(ours, stdout);
        if (args.Contains(PhrasingsFlag))
        {
            var crossValidated = KnowledgeEvaluator.CrossValidatePhrasings(load.Base, options, Today);
            stdout.WriteLine(string.Format(CultureInfo.InvariantCulture, KnowledgeTexts.EvalPhrasings.German, crossValidated.Top1, crossValidated.Top3,
                crossValidated.AnswerableDecisions.GetValueOrDefault(KnowledgeDecision.Answer), crossValidated.AnswerableDecisions.GetValueOrDefault(KnowledgeDecision.Suggest),
                crossValidated.AnswerableDecisions.GetValueOrDefault(KnowledgeDecision.None)));
            WriteConfusions(crossValidated, stdout);
        }
        if (args.Contains(MissesFlag))
        {
            foreach (var miss in ours.Misses)
                stdout.WriteLine(string.Format(CultureInfo.InvariantCulture, KnowledgeTexts.EvalMiss.German, miss.Question, miss.ExpectedId ?? "–", miss.FoundId ?? "–", Name(miss.Decision), miss.Confidence));
        }
        return 0;
    }

    /// <summary>Per article, which others were ranked first instead: the articles that need phrasings.</summary>
    private static void WriteConfusions(EvalFigures figures, TextWriter stdout)
    {
        foreach (var (expected, instead) in figures.Confusions)
            stdout.WriteLine(KnowledgeTexts.EvalConfusion.Format(expected, string.Join(", ", instead.Select(pair => $"{pair.FoundId} ({pair.Count}×)"))));
    }

    public Task<int> CheckAsync(string[] args, TextWriter stdout, CancellationToken cancellationToken = default)
    {
        var result = KnowledgeLoader.Load(contentFolder);
        foreach (var issue in result.Issues) stdout.WriteLine(issue);
        stdout.WriteLine(result.IsValid
            ? string.Format(CultureInfo.InvariantCulture, KnowledgeTexts.CheckOk.German, result.Base.Articles.Count, result.Base.Synonyms.Count)
            : string.Format(CultureInfo.InvariantCulture, KnowledgeTexts.CheckFailed.German, result.Issues.Count, result.Base.Articles.Count));
        var expired = result.Base.ExpiredOn(Today);
        if (expired.Count > 0) stdout.WriteLine(string.Format(CultureInfo.InvariantCulture, KnowledgeTexts.CheckExpired.German, string.Join(", ", expired.Select(article => article.Id))));
        return Task.FromResult(result.IsValid ? 0 : 1);
    }

    public static string Name(KnowledgeDecision decision) => decision.ToString().ToLowerInvariant();

    private DateOnly Today => KnowledgeService.LocalDate(clock.GetUtcNow());

    private async Task<KnowledgeLoadResult> LoadAsync(TextWriter? stderr, CancellationToken cancellationToken)
    {
        var result = content is null ? KnowledgeLoader.Load(contentFolder) : await content(stderr, cancellationToken);
        foreach (var issue in result.Issues) stderr?.WriteLine(issue);
        return result;
    }

    private async Task<KnowledgeService> ServiceAsync(TextWriter? stderr, CancellationToken cancellationToken) =>
        new(new FixedKnowledgeSource(KnowledgeSnapshot.Build((await LoadAsync(stderr, cancellationToken)).Base, options)), options);

    private static void WriteAskText(KnowledgeAnswer answer, TextWriter stdout)
    {
        var result = AskResult.From(answer);
        stdout.WriteLine($"decision: {result.Decision}");
        stdout.WriteLine($"id: {result.Id ?? "–"}");
        if (result.Title is not null) stdout.WriteLine($"title: {result.Title}");
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"confidence: {result.Confidence:0.000}"));
        if (result.Alternatives.Count > 0)
            stdout.WriteLine("alternatives: " + string.Join(", ", result.Alternatives.Select(alternative => string.Create(CultureInfo.InvariantCulture, $"{alternative.Id} ({alternative.Confidence:0.000})"))));
    }

    /// <summary>The JSON shape of "ask --json", as the issue specifies it.</summary>
    private sealed record AskResult(
        [property: JsonPropertyName("decision")] string Decision,
        [property: JsonPropertyName("id")] string? Id,
        [property: JsonPropertyName("title")] string? Title,
        [property: JsonPropertyName("confidence")] double Confidence,
        [property: JsonPropertyName("alternatives")] IReadOnlyList<AskAlternative> Alternatives)
    {
        public static AskResult From(KnowledgeAnswer answer)
        {
            var shown = answer.Decision == KnowledgeDecision.None ? null : answer.Best;
            return new AskResult(
                Name(answer.Decision),
                shown?.Article.Id,
                shown?.Article.Title,
                Math.Round(answer.Best?.Confidence ?? 0, 3),
                shown is null ? [] : answer.Alternatives.Select(hit => new AskAlternative(hit.Article.Id, Math.Round(hit.Confidence, 3))).ToList());
        }
    }

    private sealed record AskAlternative([property: JsonPropertyName("id")] string Id, [property: JsonPropertyName("confidence")] double Confidence);
}
