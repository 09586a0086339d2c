using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Requests;
using NrwBot.Dialogs.Requests.Categories;

namespace NrwBot.Host.Requests;

/// <summary>
/// The support requests as the digest counts them: every request created in the period, and every older one
/// that was still open at its start. Texts go out as the LKS may see them (redacted without consent).
/// </summary>
public sealed class RequestDigestFacts(IRequestStore store, CategoryCatalog categories) : IDigestRequestFacts
{
    public async Task<IReadOnlyList<DigestRequest>> RequestsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var requests = await store.ListAsync(new RequestFilter { CreatedBefore = to }, cancellationToken);
        var facts = new List<DigestRequest>();
        foreach (var request in requests.Where(request => request.CreatedAt >= from || request.IsOpen || ResolvedAt(request) >= from))
            facts.Add(ToDigest(request, request.IsOpen ? null : await RatingAsync(request, cancellationToken)));
        return facts;
    }

    /// <summary>The requester's rating (closed requests only): the stars and their comment, never their name.</summary>
    private async Task<DigestRating?> RatingAsync(SupportRequest request, CancellationToken cancellationToken)
    {
        var history = await store.HistoryAsync(request.Id, cancellationToken);
        return history.LastOrDefault(entry => entry.Kind == TransitionKind.Rated) is { } rated && RequestRating.Parse(rated.Comment) is { } rating
            ? new DigestRating(rating.Stars, rating.Comment, rated.At)
            : null;
    }

    private DigestRequest ToDigest(SupportRequest request, DigestRating? rating) => new(
        request.Number.ToString(),
        categories.ById(request.CategoryId)?.Title ?? request.CategoryId,
        request.Region,
        request.State switch
        {
            RequestState.New => DigestRequestState.Open,
            RequestState.InProgress => DigestRequestState.InProgress,
            RequestState.Done => DigestRequestState.Resolved,
            _ => DigestRequestState.Closed,
        },
        request.CreatedAt,
        ResolvedAt(request),
        request.Assignee?.Name,
        request.TextForLks,
        request.Consent ? request.RequesterName : null,
        rating);

    // A closed request's last change is its closing (notes and ratings leave UpdatedAt; a reopened one is open until closed again).
    private static DateTimeOffset? ResolvedAt(SupportRequest request) => request.IsOpen ? null : request.UpdatedAt;
}
