using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Digest;

/// <summary>
/// The lines of a digest as Markdown, shared by the card and the Markdown export. Every text that did not come from
/// this file (categories, regions, names, questions, request texts) is put on one line and escaped, so it cannot
/// change what the card or the document shows.
/// </summary>
internal static class DigestLines
{
    public const int ExcerptLength = 140;
    public const int ShownWordings = 3;

    public static string Esc(string? text) => SafeText.Escape(OneLine(text));

    public static string OneLine(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string Excerpt(string text, int length = ExcerptLength) => SafeText.Shorten(OneLine(text), length);

    public static string NewHeadline(DigestReport report) => DigestFormat.Format(DigestTexts.NewFact.German,
        report.NewRequests, DigestFormat.Trend(DigestFormat.TrendOf(report.NewRequests, report.PreviousNewRequests)), report.PreviousNewRequests);

    public static string OpenHeadline(DigestReport report) =>
        DigestFormat.Format(DigestTexts.OpenFact.German, report.OpenRequests.Count, report.OpenOverSevenDays, report.OpenOverFourteenDays);

    public static string ResolvedHeadline(DigestReport report) => report.MedianTimeToResolve is { } median
        ? DigestFormat.Format(DigestTexts.ResolvedFact.German, report.Resolved, DigestFormat.Duration(median))
        : DigestFormat.Format(DigestTexts.ResolvedNoMedian.German, report.Resolved);

    public static string UnansweredHeadline(DigestReport report) =>
        DigestFormat.Format(DigestTexts.UnansweredFact.German, report.UnansweredQuestions, report.UnansweredGroups.Count, report.QuestionsAsked);

    public static string OnboardingHeadline(DigestReport report) =>
        DigestFormat.Format(DigestTexts.OnboardingFact.German, report.Onboarding.Started, report.Onboarding.Finished, report.Onboarding.Stuck);

    public static string CountItem(DigestCount count) =>
        DigestFormat.Format(DigestTexts.CountItem.German, Esc(count.Label), count.Count, DigestFormat.Trend(count.Trend), count.PreviousCount);

    public static string OpenItem(OpenRequest request) =>
        DigestFormat.Format(DigestTexts.OpenItem.German, DigestFormat.Mark(request.Age), Esc(request.Number), Esc(request.Category),
            Esc(DigestFormat.Region(request.Region)), DigestFormat.Age(request.AgeDays), request.Holder is { } holder ? DigestFormat.Format(DigestTexts.HeldBy.German, Esc(holder)) : DigestTexts.NoHolder.German,
            SafeText.Escape(Excerpt(request.Text)))
        + (request.RequesterName is { } name ? DigestFormat.Format(DigestTexts.RequesterSuffix.German, Esc(name)) : "");

    public static string HolderItem(HolderLoad load) =>
        DigestFormat.Format(DigestTexts.HolderItem.German, Esc(DigestFormat.Holder(load.Holder)), load.Open, load.OverSevenDays);

    public static string QuestionItem(QuestionGroup group) =>
        DigestFormat.Format(DigestTexts.QuestionItem.German, group.Count, SafeText.Escape(Excerpt(group.Question)))
        + (group.OtherWordings.Count > 0
            ? DigestFormat.Format(DigestTexts.OtherWordings.German, string.Join(", ", group.OtherWordings.Take(ShownWordings).Select(wording => "„" + SafeText.Escape(Excerpt(wording, 80)) + "“")))
            : "");

    public static string DownvotedItem(DownvotedArticle article) =>
        DigestFormat.Format(DigestTexts.DownvotedItem.German, article.Count, Esc(article.Title ?? article.ArticleId), Esc(article.ArticleId))
        + (article.Questions.Count > 0
            ? DigestFormat.Format(DigestTexts.DownvotedQuestions.German, string.Join(", ", article.Questions.Select(question => "„" + SafeText.Escape(Excerpt(question, 80)) + "“")))
            : "");

    public static string ServiceLevelsHeadline(DigestReport report) => report.ServiceLevels.Count == 0
        ? DigestTexts.ServiceLevelsNone.German
        : DigestFormat.Format(DigestTexts.ServiceLevelsFact.German, report.ServiceLevels.Sum(level => level.OnTime), report.ServiceLevels.Sum(level => level.Resolved));

    public static string ServiceLevelItem(DigestServiceLevel level) =>
        DigestFormat.Format(DigestTexts.ServiceLevelItem.German, Esc(level.Category), OnTime(level), FirstResponse(level));

    public static string OnTime(DigestServiceLevel level) => level.OnTimeShare is { } share
        ? DigestFormat.Format(DigestTexts.OnTimeShare.German, (int)Math.Round(share * 100), level.OnTime, level.Resolved)
        : DigestTexts.OnTimeNone.German;

    public static string FirstResponse(DigestServiceLevel level) => level.MedianFirstResponse is { } median
        ? DigestFormat.Format(DigestTexts.FirstResponse.German, DigestFormat.Duration(median), level.Responded)
        : DigestTexts.FirstResponseNone.German;

    public static string RatingsHeadline(DigestReport report) => report.RatingCount == 0
        ? DigestTexts.RatingsNone.German
        : DigestFormat.Format(DigestTexts.RatingsFact.German, report.RatingCount,
            Average(report.Ratings.Sum(rating => rating.Average * rating.Count) / report.RatingCount));

    public static string RatingItem(DigestRatingSummary rating) =>
        DigestFormat.Format(DigestTexts.RatingItem.German, Esc(rating.Category), rating.Count, Average(rating.Average))
        + (rating.Comments.Count > 0
            ? DigestFormat.Format(DigestTexts.RatingComments.German, string.Join(", ", rating.Comments.Select(comment => "„" + SafeText.Escape(Excerpt(comment, 120)) + "“")))
            : "");

    /// <summary>An average of stars the German way: one decimal, a comma.</summary>
    public static string Average(double stars) => stars.ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("de-DE"));

    public static string ExpiredItem(DigestArticle article) =>
        DigestFormat.Format(DigestTexts.ExpiredItem.German, Esc(article.Title), Esc(article.Id), DigestFormat.Date(article.ValidUntil));

    /// <summary>The notes above the sections: late delivery, region filter.</summary>
    public static IEnumerable<string> Notes(DigestReport report)
    {
        if (report.Late) yield return DigestFormat.Format(DigestTexts.LateNote.German, DigestFormat.DateTime(report.DueAt ?? report.AsOf, report.Period.Zone));
        if (report.Region is { } region) yield return DigestFormat.Format(DigestTexts.RegionNote.German, Esc(region));
    }
}
