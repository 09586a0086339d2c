namespace NrwBot.Dialogs.Knowledge;

/// <summary>Answers questions from the current knowledge base; used by the chat feature and the command line alike.</summary>
public sealed class KnowledgeService(IKnowledgeSource source, KnowledgeOptions options)
{
    // Enough candidates for the policy to judge the runner-up and to fill the suggestions.
    private const int HitsToJudge = 10;

    private readonly AnswerPolicy _policy = new(options);

    public KnowledgeOptions Options => options;

    public KnowledgeAnswer Ask(string question, DateOnly today)
    {
        using var span = NrwBot.Dialogs.Telemetry.NrwTelemetry.Source.StartActivity("knowledge.search");
        var answer = Judge(question, today);
        var decision = new KeyValuePair<string, object?>(NrwBot.Dialogs.Telemetry.NrwTelemetry.Tags.Decision, DecisionName(answer.Decision));
        span?.SetTag(decision.Key, decision.Value);
        NrwBot.Dialogs.Telemetry.NrwTelemetry.KnowledgeDecisions.Add(1, decision);
        return answer;
    }

    /// <summary>What <see cref="Ask"/> would answer, without counting it as an asked question (for lists such as Lernen).</summary>
    public KnowledgeAnswer Judge(string question, DateOnly today) => _policy.Decide(source.Current.Index.Search(question, HitsToJudge), today);

    private static string DecisionName(KnowledgeDecision decision) => decision switch
    {
        KnowledgeDecision.Answer => "answer",
        KnowledgeDecision.Suggest => "suggest",
        _ => "none",
    };

    /// <summary>The plain ranking, without a decision: for evaluation.</summary>
    public IReadOnlyList<KnowledgeHit> Rank(string question, int maxHits) => source.Current.Index.Search(question, maxHits);

    public KnowledgeArticle? Find(string id) => source.Current.Base.Find(id);

    /// <summary>Articles past their valid_until, for the LKS digest.</summary>
    public IReadOnlyList<KnowledgeArticle> ExpiredArticles(DateOnly today) => source.Current.Base.ExpiredOn(today);

    /// <summary>The date in Germany, which decides whether a valid_until has passed.</summary>
    public static DateOnly LocalDate(DateTimeOffset now)
    {
        try
        {
            return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).DateTime);
        }
        catch (TimeZoneNotFoundException)
        {
            return DateOnly.FromDateTime(now.UtcDateTime);
        }
    }
}
