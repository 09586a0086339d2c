using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Digest;

/// <summary>
/// The digest as one chat message: a card where the channel has cards (the chart inside as a data: address),
/// readable Markdown text elsewhere (the chart as text bars). Each section starts with its number, so the LKS
/// sees the state of the network at a glance; long lists are cut at <see cref="ListLimit"/> in the card and are
/// complete in the e-mail and the exports.
/// </summary>
public static class DigestReplies
{
    public const int ListLimit = 8;

    /// <summary>
    /// A chart whose data: address is longer than this stays out of the card: with the text it would pass the
    /// roughly 28 KB Teams allows for a message. The palette PNG of all eleven categories is about 12,000 characters.
    /// </summary>
    public const int MaxChartAddressLength = 20_000;

    public static Reply Digest(DigestReport report, byte[]? chartPng, bool channelHasCards)
    {
        var sections = new List<string>(DigestLines.Notes(report)) { NewSection(report), OpenSection(report), ResolvedSection(report), ServiceLevelsSection(report), UnansweredSection(report), DownvotedSection(report), RatingsSection(report), OnboardingSection(report), ExpiredSection(report) };
        if (report.Regional is { } regional) sections.Add(Section($"**{Analysis.AnalysisTexts.DigestHeading.German}: {regional.Headline}**", regional.Lines()));
        if (!channelHasCards && DigestChart.AsText(report.NewByCategory) is { Length: > 0 } bars) sections.Add(bars);
        return new Reply
        {
            Title = DigestFormat.Title(report),
            Text = string.Join("\n\n", sections),
            ImageUrl = channelHasCards && chartPng is not null && DigestChart.DataUri(chartPng) is { Length: <= MaxChartAddressLength } address ? address : null,
            Note = DigestTexts.Legend.German + " · " + DigestTexts.PrivacyNote.German,
            // What nobody could answer is what the LKS can teach: one click from the digest to „Lernen“.
            Actions = report.UnansweredGroups.Count + report.Downvoted.Count > 0
                ? [new ReplyAction(DigestTexts.LearnButton.German, Knowledge.Learning.KnowledgeLearningFeature.LearnVerb)]
                : [],
        };
    }

    private static string NewSection(DigestReport report) =>
        Section($"**{DigestTexts.NewHeading.German}: {DigestLines.NewHeadline(report)}**", report.NewByCategory.Select(DigestLines.CountItem).ToList())
        + (report.NewByRegion.Count > 0 ? "\n\n" + Section($"{DigestTexts.ByRegionHeading.German}:", report.NewByRegion.Select(DigestLines.CountItem).ToList()) : "");

    private static string OpenSection(DigestReport report) =>
        Section($"**{DigestTexts.OpenHeading.German}: {DigestLines.OpenHeadline(report)}**", report.OpenRequests.Select(DigestLines.OpenItem).ToList())
        + (report.OpenByHolder.Count > 0 ? "\n\n" + Section($"{DigestTexts.ByHolderHeading.German}:", report.OpenByHolder.Select(DigestLines.HolderItem).ToList()) : "");

    private static string ResolvedSection(DigestReport report) => $"**{DigestTexts.ResolvedHeading.German}: {DigestLines.ResolvedHeadline(report)}**";

    private static string UnansweredSection(DigestReport report) =>
        Section($"**{DigestTexts.UnansweredHeading.German}: {DigestLines.UnansweredHeadline(report)}**", report.UnansweredGroups.Select(DigestLines.QuestionItem).ToList());

    private static string DownvotedSection(DigestReport report) =>
        Section($"**{DigestTexts.DownvotedHeading.German}: {DigestFormat.Number(report.DownvotedAnswers)}**", report.Downvoted.Select(DigestLines.DownvotedItem).ToList());

    private static string ServiceLevelsSection(DigestReport report) =>
        Section($"**{DigestTexts.ServiceLevelsHeading.German}: {DigestLines.ServiceLevelsHeadline(report)}**", report.ServiceLevels.Select(DigestLines.ServiceLevelItem).ToList());

    private static string RatingsSection(DigestReport report) =>
        Section($"**{DigestTexts.RatingsHeading.German}: {DigestLines.RatingsHeadline(report)}**", report.Ratings.Select(DigestLines.RatingItem).ToList());

    private static string OnboardingSection(DigestReport report) => $"**{DigestTexts.OnboardingHeading.German}:** {DigestLines.OnboardingHeadline(report)}";

    private static string ExpiredSection(DigestReport report) =>
        Section($"**{DigestTexts.ExpiredHeading.German}: {DigestFormat.Number(report.ExpiredArticles.Count)}**", report.ExpiredArticles.Select(DigestLines.ExpiredItem).ToList());

    private static string Section(string heading, IReadOnlyList<string> items)
    {
        if (items.Count == 0) return heading;
        var lines = items.Take(ListLimit).Select(item => "- " + item).ToList();
        if (items.Count > ListLimit) lines.Add("- " + DigestFormat.Format(DigestTexts.CardLimitNote.German, items.Count - ListLimit));
        return heading + "\n" + string.Join("\n", lines);
    }
}
