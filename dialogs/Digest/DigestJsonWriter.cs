using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NrwBot.Dialogs.Digest;

/// <summary>
/// The digest as JSON for other tools: the same numbers and (redacted) texts, camelCase names, enums as strings,
/// durations in hours. The shape is written out here rather than serializing <see cref="DigestReport"/>, so a change
/// to the record does not silently change the file format.
/// </summary>
public static class DigestJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Write(DigestReport report) => JsonSerializer.Serialize(new
    {
        period = new { from = report.Period.From, to = report.Period.To, timeZone = report.Period.Zone.Id, label = DigestFormat.PeriodLabel(report.Period) },
        previousPeriod = new { from = report.Period.Previous.From, to = report.Period.Previous.To },
        asOf = report.AsOf,
        late = report.Late,
        dueAt = report.DueAt,
        region = report.Region,
        newRequests = new
        {
            total = report.NewRequests,
            previousTotal = report.PreviousNewRequests,
            trend = DigestFormat.TrendOf(report.NewRequests, report.PreviousNewRequests),
            byCategory = report.NewByCategory.Select(Count),
            byRegion = report.NewByRegion.Select(Count),
        },
        openRequests = new
        {
            total = report.OpenRequests.Count,
            overSevenDays = report.OpenOverSevenDays,
            overFourteenDays = report.OpenOverFourteenDays,
            requests = report.OpenRequests.Select(request => new
            {
                number = request.Number, category = request.Category, region = request.Region, holder = request.Holder,
                ageDays = request.AgeDays, age = request.Age, text = request.Text, requester = request.RequesterName,
            }),
            byHolder = report.OpenByHolder.Select(load => new { holder = load.Holder, open = load.Open, overSevenDays = load.OverSevenDays }),
        },
        resolved = new { total = report.Resolved, medianHoursToResolve = report.MedianTimeToResolve is { } median ? Math.Round(median.TotalHours, 1) : (double?)null },
        questions = new
        {
            asked = report.QuestionsAsked,
            unanswered = report.UnansweredQuestions,
            unansweredGroups = report.UnansweredGroups.Select(group => new { question = group.Question, count = group.Count, otherWordings = group.OtherWordings }),
            downvoted = report.Downvoted.Select(article => new { articleId = article.ArticleId, title = article.Title, count = article.Count, questions = article.Questions }),
        },
        serviceLevels = report.ServiceLevels.Select(level => new
        {
            category = level.Category, resolved = level.Resolved, onTime = level.OnTime,
            onTimeShare = level.OnTimeShare is { } share ? Math.Round(share, 3) : (double?)null, responded = level.Responded,
            medianHoursToFirstResponse = level.MedianFirstResponse is { } first ? Math.Round(first.TotalHours, 1) : (double?)null,
        }),
        ratings = report.Ratings.Select(rating => new { category = rating.Category, count = rating.Count, average = Math.Round(rating.Average, 2), comments = rating.Comments }),
        onboarding = new { started = report.Onboarding.Started, finished = report.Onboarding.Finished, stuck = report.Onboarding.Stuck },
        expiredArticles = report.ExpiredArticles.Select(article => new { id = article.Id, title = article.Title, validUntil = article.ValidUntil }),
        regional = report.Regional?.Reports.Select(Analysis.RegionalJson.Shape),
        requests = report.Requests.Select(request => new
        {
            number = request.Number, category = request.Category, region = request.Region, state = request.State,
            created = request.Created, resolved = request.Resolved, stars = request.Stars,
        }),
    }, Options);

    private static object Count(DigestCount count) => new { label = count.Label, count = count.Count, previous = count.PreviousCount, trend = count.Trend };
}
