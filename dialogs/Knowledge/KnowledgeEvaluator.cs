using System.Text.Json;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>Runs an evaluation set through our search and answer policy and through the BM25 baseline.</summary>
public static class KnowledgeEvaluator
{
    private const int Ranks = 3;

    /// <summary>Reads JSON lines {"q": "...", "id": "..." | null}; a broken line is an error with its number.</summary>
    public static IReadOnlyList<EvalQuestion> ReadSet(string path)
    {
        var questions = new List<EvalQuestion>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            questions.Add(ParseLine(line) ?? throw new InvalidDataException(KnowledgeTexts.EvalBadLine.Format(path, number)));
        }
        return questions;
    }

    private static EvalQuestion? ParseLine(string line)
    {
        try
        {
            var root = JsonDocument.Parse(line).RootElement;
            if (!root.TryGetProperty("q", out var q) || q.ValueKind != JsonValueKind.String || !root.TryGetProperty("id", out var id)) return null;
            return id.ValueKind switch
            {
                JsonValueKind.Null => new EvalQuestion(q.GetString()!, null),
                JsonValueKind.String => new EvalQuestion(q.GetString()!, id.GetString()),
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static EvalFigures Evaluate(KnowledgeService knowledge, IReadOnlyList<EvalQuestion> set, DateOnly today)
    {
        var decisions = new Dictionary<KnowledgeDecision, int>();
        var outcomes = set.Select(item =>
        {
            var answer = knowledge.Ask(item.Question, today);
            if (item.ExpectedId is not null) decisions[answer.Decision] = decisions.GetValueOrDefault(answer.Decision) + 1;
            // The policy keeps only alternatives worth offering; top-3 needs the plain ranking (the same order).
            var ranked = knowledge.Rank(item.Question, Ranks).Select(hit => hit.Article.Id).ToList();
            return new Outcome(item, ranked, answer.Decision, answer.Best?.Confidence ?? 0);
        }).ToList();
        return Figures(outcomes) with { AnswerableDecisions = decisions };
    }

    /// <summary>
    /// Leave-one-phrasing-out: each question an article lists is asked of a knowledge base in which that article
    /// lacks exactly this phrasing. It measures how well matching generalizes to wordings nobody wrote down, on
    /// the articles themselves, so thresholds and weights can be chosen without looking at a held-out set.
    /// </summary>
    public static EvalFigures CrossValidatePhrasings(KnowledgeBase knowledgeBase, KnowledgeOptions options, DateOnly today)
    {
        var outcomes = new List<Outcome>();
        var decisions = new Dictionary<KnowledgeDecision, int>();
        foreach (var article in knowledgeBase.Articles)
        {
            for (var left = 0; left < article.Questions.Count; left++)
            {
                var held = article.Questions[left];
                var reduced = article with { Questions = article.Questions.Where((_, index) => index != left).ToList() };
                var articles = knowledgeBase.Articles.Select(other => other.Id == article.Id ? reduced : other).ToList();
                var knowledge = new KnowledgeService(new FixedKnowledgeSource(KnowledgeSnapshot.Build(new KnowledgeBase(articles, knowledgeBase.Synonyms), options)), options);
                var answer = knowledge.Ask(held, today);
                decisions[answer.Decision] = decisions.GetValueOrDefault(answer.Decision) + 1;
                var ranked = knowledge.Rank(held, Ranks).Select(hit => hit.Article.Id).ToList();
                outcomes.Add(new Outcome(new EvalQuestion(held, article.Id), ranked, answer.Decision, answer.Best?.Confidence ?? 0));
            }
        }
        return Figures(outcomes) with { AnswerableDecisions = decisions };
    }

    public static EvalFigures EvaluateBaseline(BaselineSearcher baseline, IReadOnlyList<EvalQuestion> set)
    {
        var outcomes = set.Select(item =>
        {
            var ranked = baseline.Search(item.Question, Ranks);
            return new Outcome(item, ranked, ranked.Count == 0 ? KnowledgeDecision.None : KnowledgeDecision.Answer, ranked.Count == 0 ? 0 : 1);
        }).ToList();
        return Figures(outcomes);
    }

    private static EvalFigures Figures(List<Outcome> outcomes)
    {
        var answerable = outcomes.Where(outcome => outcome.Item.ExpectedId is not null).ToList();
        var unanswerable = outcomes.Where(outcome => outcome.Item.ExpectedId is null).ToList();
        var misses = answerable.Where(outcome => outcome.Ranked.FirstOrDefault() != outcome.Item.ExpectedId)
            .Concat(unanswerable.Where(outcome => outcome.Decision != KnowledgeDecision.None))
            .Select(outcome => new EvalMiss(outcome.Item.Question, outcome.Item.ExpectedId, outcome.Ranked.FirstOrDefault(), outcome.Decision, outcome.Confidence))
            .ToList();
        return new EvalFigures(
            Share(answerable, outcome => outcome.Ranked.Take(1).Contains(outcome.Item.ExpectedId)),
            Share(answerable, outcome => outcome.Ranked.Take(Ranks).Contains(outcome.Item.ExpectedId)),
            Share(unanswerable, outcome => outcome.Decision == KnowledgeDecision.None),
            misses);
    }

    private static double Share(List<Outcome> outcomes, Func<Outcome, bool> counts) =>
        outcomes.Count == 0 ? 0 : (double)outcomes.Count(counts) / outcomes.Count;

    private sealed record Outcome(EvalQuestion Item, IReadOnlyList<string> Ranked, KnowledgeDecision Decision, double Confidence);
}
