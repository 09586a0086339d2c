using NrwBot.Dialogs.Language;

namespace NrwBot.Dialogs.Digest;

/// <summary>
/// Passes every text a digest shows through the request feature's redaction (e-mail addresses, phone numbers,
/// IBANs, addresses and names after Herr/Frau become placeholders): the texts of the open requests, and the
/// questions shown as unanswered or 👎 (people write names and numbers into questions too). Whole texts are
/// redacted before any renderer shortens them, so a cut never splits an address the redaction would have found.
/// Requesters' names are not touched: the data source fills them only where the requester consented.
/// </summary>
public sealed class DigestRedactor(ILanguageAnalyzer analyzer)
{
    public async Task<DigestReport> RedactAsync(DigestReport report, CancellationToken cancellationToken)
    {
        var open = new List<OpenRequest>(report.OpenRequests.Count);
        foreach (var request in report.OpenRequests) open.Add(request with { Text = await RedactAsync(request.Text, cancellationToken) });
        var groups = new List<QuestionGroup>(report.UnansweredGroups.Count);
        foreach (var group in report.UnansweredGroups)
            groups.Add(group with { Question = await RedactAsync(group.Question, cancellationToken), OtherWordings = await RedactAllAsync(group.OtherWordings, cancellationToken) });
        var downvoted = new List<DownvotedArticle>(report.Downvoted.Count);
        foreach (var article in report.Downvoted) downvoted.Add(article with { Questions = await RedactAllAsync(article.Questions, cancellationToken) });
        var ratings = new List<DigestRatingSummary>(report.Ratings.Count);
        foreach (var rating in report.Ratings) ratings.Add(rating with { Comments = await RedactAllAsync(rating.Comments, cancellationToken) });
        return report with { OpenRequests = open, UnansweredGroups = groups, Downvoted = downvoted, Ratings = ratings };
    }

    private async Task<IReadOnlyList<string>> RedactAllAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var redacted = new List<string>(texts.Count);
        foreach (var text in texts) redacted.Add(await RedactAsync(text, cancellationToken));
        return redacted;
    }

    private async Task<string> RedactAsync(string text, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(text) ? text : (await analyzer.AnalyzeAsync(text, cancellationToken)).RedactedText;
}
