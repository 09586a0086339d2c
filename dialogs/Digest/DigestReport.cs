namespace NrwBot.Dialogs.Digest;

/// <summary>
/// One digest, built by <see cref="DigestBuilder"/> and written by the renderers (card, Markdown, HTML, CSV, JSON).
/// Texts in it are redacted but not escaped: each renderer escapes for its own format.
/// </summary>
public sealed record DigestReport
{
    public required DigestPeriod Period { get; init; }

    /// <summary>The end of the period, or the moment the digest was built while the period still runs.</summary>
    public required DateTimeOffset AsOf { get; init; }

    public bool Late { get; init; }
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>When set, the request numbers are those of this region only.</summary>
    public string? Region { get; init; }

    public int NewRequests { get; init; }
    public int PreviousNewRequests { get; init; }
    public IReadOnlyList<DigestCount> NewByCategory { get; init; } = [];
    public IReadOnlyList<DigestCount> NewByRegion { get; init; } = [];

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<OpenRequest> OpenRequests { get; init; } = [];
    public IReadOnlyList<HolderLoad> OpenByHolder { get; init; } = [];

    public int Resolved { get; init; }
    public TimeSpan? MedianTimeToResolve { get; init; }

    public int QuestionsAsked { get; init; }
    public int UnansweredQuestions { get; init; }

    /// <summary>Biggest group first: the LKS's list of articles to write.</summary>
    public IReadOnlyList<QuestionGroup> UnansweredGroups { get; init; } = [];

    public IReadOnlyList<DownvotedArticle> Downvoted { get; init; } = [];

    /// <summary>On-time share and median time to first response per category (most requests first).</summary>
    public IReadOnlyList<DigestServiceLevel> ServiceLevels { get; init; } = [];

    /// <summary>Ratings given in the period, per category (most rated first).</summary>
    public IReadOnlyList<DigestRatingSummary> Ratings { get; init; } = [];

    public int RatingCount => Ratings.Sum(rating => rating.Count);
    public DigestOnboarding Onboarding { get; init; } = DigestOnboarding.None;
    public IReadOnlyList<DigestArticle> ExpiredArticles { get; init; } = [];

    /// <summary>The regional section (from the regional analysis of the same period); null where the analysis is not wired in.</summary>
    public Analysis.RegionalDigest? Regional { get; init; }

    /// <summary>Every request created, resolved or open in the period, for the CSV export.</summary>
    public IReadOnlyList<DigestRequestRow> Requests { get; init; } = [];

    public int OpenOverSevenDays => OpenRequests.Count(request => request.Age != OpenRequestAge.Recent);
    public int OpenOverFourteenDays => OpenRequests.Count(request => request.Age == OpenRequestAge.OverFourteenDays);
    public int DownvotedAnswers => Downvoted.Sum(article => article.Count);
}
