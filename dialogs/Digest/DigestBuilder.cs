using NrwBot.Dialogs.Knowledge;

namespace NrwBot.Dialogs.Digest;

/// <summary>
/// Builds a digest from its facts: a pure function of the input, the query and the moment it is built (no clock,
/// no database). Requests are filtered by region here; questions, onboarding and articles are network-wide.
/// </summary>
public sealed class DigestBuilder(QuestionGrouper grouper)
{
    private const int MaxQuestionsPerArticle = 3;

    public DigestReport Build(DigestInput input, DigestQuery query, DateTimeOffset now)
    {
        var period = query.Period;
        var asOf = now < period.End ? now : period.End;
        var requests = input.Requests.Where(request => query.Region is null || string.Equals(request.Region, query.Region, StringComparison.OrdinalIgnoreCase)).ToList();
        var created = requests.Where(request => period.Contains(request.CreatedAt)).ToList();
        var createdBefore = requests.Where(request => period.Previous.Contains(request.CreatedAt)).ToList();
        var open = OpenAt(requests, asOf);
        var resolved = requests.Where(request => request.ResolvedAt is { } at && period.Contains(at)).ToList();
        var questions = input.Questions.Where(question => period.Contains(question.AskedAt)).ToList();
        var unanswered = questions.Where(question => question.Decision == KnowledgeDecision.None).ToList();
        return new DigestReport
        {
            Period = period,
            AsOf = asOf,
            Late = query.Late,
            DueAt = query.DueAt,
            Region = query.Region,
            NewRequests = created.Count,
            PreviousNewRequests = createdBefore.Count,
            NewByCategory = Counts(created, createdBefore, request => request.Category),
            NewByRegion = Counts(created, createdBefore, request => request.Region ?? DigestTexts.NoRegion.German),
            OpenRequests = open,
            OpenByHolder = Holders(open),
            Resolved = resolved.Count,
            MedianTimeToResolve = Median(resolved.Select(request => request.ResolvedAt!.Value - request.CreatedAt)),
            QuestionsAsked = questions.Count,
            UnansweredQuestions = unanswered.Count,
            UnansweredGroups = grouper.Group(unanswered.Select(question => question.Text)),
            Downvoted = Downvoted(questions),
            ServiceLevels = ServiceLevels(requests, period),
            Ratings = Ratings(requests, period),
            Onboarding = input.Onboarding,
            ExpiredArticles = input.ExpiredArticles.OrderBy(article => article.ValidUntil).ThenBy(article => article.Id, StringComparer.Ordinal).ToList(),
            Requests = Rows(requests, period, asOf),
        };
    }

    /// <summary>The middle duration; for an even count the mean of the two middle ones. Null when there is none.</summary>
    public static TimeSpan? Median(IEnumerable<TimeSpan> durations)
    {
        var sorted = durations.Order().ToList();
        if (sorted.Count == 0) return null;
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static List<DigestRatingSummary> Ratings(IEnumerable<DigestRequest> requests, DigestPeriod period) =>
        requests
            .Where(request => IsRatedIn(request, period))
            .GroupBy(request => request.Category)
            .Select(group => new DigestRatingSummary(group.Key, group.Count(), group.Average(request => request.Rating!.Stars),
                group.OrderBy(request => request.Rating!.At).Select(request => request.Rating!.Comment).OfType<string>().ToList()))
            .OrderByDescending(summary => summary.Count).ThenBy(summary => summary.Category, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Per category: resolved in the period and on time (closed on or before the due date, in the digest's time zone),
    /// and the median time to the first response of those first answered in the period.
    /// </summary>
    private static List<DigestServiceLevel> ServiceLevels(IEnumerable<DigestRequest> requests, DigestPeriod period) =>
        requests
            .Where(request => IsResolvedIn(request, period) || request.FirstResponseAt is { } first && period.Contains(first))
            .GroupBy(request => request.Category)
            .Select(group =>
            {
                var resolved = group.Where(request => IsResolvedIn(request, period)).ToList();
                var responded = group.Where(request => request.FirstResponseAt is { } first && period.Contains(first)).ToList();
                return new DigestServiceLevel(group.Key, resolved.Count,
                    resolved.Count(request => request.Due is { } due && DigestPeriod.LocalDate(request.ResolvedAt!.Value, period.Zone) <= due),
                    responded.Count, Median(responded.Select(request => request.FirstResponseAt!.Value - request.CreatedAt)));
            })
            .OrderByDescending(level => level.Resolved + level.Responded).ThenBy(level => level.Category, StringComparer.Ordinal)
            .ToList();

    private static bool IsResolvedIn(DigestRequest request, DigestPeriod period) => request.ResolvedAt is { } at && period.Contains(at);

    private static bool IsRatedIn(DigestRequest request, DigestPeriod period) => request.Rating is { } rating && period.Contains(rating.At);

    private static bool IsOpenAt(DigestRequest request, DateTimeOffset instant) =>
        request.CreatedAt < instant && (request.ResolvedAt is null || request.ResolvedAt >= instant);

    private static List<OpenRequest> OpenAt(IEnumerable<DigestRequest> requests, DateTimeOffset asOf) =>
        requests
            .Where(request => IsOpenAt(request, asOf))
            .OrderBy(request => request.CreatedAt)
            .ThenBy(request => request.Number, StringComparer.Ordinal)
            .Select(request => new OpenRequest(request.Number, request.Category, request.Region, request.Holder,
                (int)Math.Floor((asOf - request.CreatedAt).TotalDays), request.Text, request.ConsentedRequesterName))
            .ToList();

    // Biggest first; labels that had requests only in the previous period stay in the list with 0 ↓.
    private static List<DigestCount> Counts(List<DigestRequest> current, List<DigestRequest> previous, Func<DigestRequest, string> label)
    {
        var now = current.CountBy(label).ToDictionary();
        var before = previous.CountBy(label).ToDictionary();
        return now.Keys.Union(before.Keys)
            .Select(key => new DigestCount(key, now.GetValueOrDefault(key), before.GetValueOrDefault(key)))
            .OrderByDescending(count => count.Count)
            .ThenByDescending(count => count.PreviousCount)
            .ThenBy(count => count.Label, StringComparer.Ordinal)
            .ToList();
    }

    private static List<HolderLoad> Holders(List<OpenRequest> open) =>
        open.GroupBy(request => request.Holder)
            .Select(held => new HolderLoad(held.Key, held.Count(), held.Count(request => request.Age != OpenRequestAge.Recent)))
            .OrderByDescending(load => load.Open)
            .ThenBy(load => load.Holder is null)
            .ThenBy(load => load.Holder, StringComparer.Ordinal)
            .ToList();

    private static List<DownvotedArticle> Downvoted(List<DigestQuestion> questions) =>
        questions
            .Where(question => question.Feedback == KnowledgeFeedback.NotHelpful && question.ArticleId is not null)
            .GroupBy(question => question.ArticleId!)
            .Select(article => new DownvotedArticle(article.Key, article.Select(question => question.ArticleTitle).FirstOrDefault(title => title is not null),
                article.Count(), article.Select(question => question.Text).Distinct().Take(MaxQuestionsPerArticle).ToList()))
            .OrderByDescending(article => article.Count)
            .ThenBy(article => article.ArticleId, StringComparer.Ordinal)
            .ToList();

    private static List<DigestRequestRow> Rows(IEnumerable<DigestRequest> requests, DigestPeriod period, DateTimeOffset asOf) =>
        requests
            .Where(request => period.Contains(request.CreatedAt) || IsOpenAt(request, asOf) || IsResolvedIn(request, period) || IsRatedIn(request, period))
            .OrderBy(request => request.CreatedAt)
            .ThenBy(request => request.Number, StringComparer.Ordinal)
            .Select(request => new DigestRequestRow(request.Number, request.Category, request.Region, request.State,
                DigestPeriod.LocalDate(request.CreatedAt, period.Zone),
                request.ResolvedAt is { } at ? DigestPeriod.LocalDate(at, period.Zone) : null, request.Rating?.Stars))
            .ToList();
}
