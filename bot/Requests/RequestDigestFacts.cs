using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Requests;
using NrwBot.Dialogs.Requests.Categories;
using NrwBot.Dialogs.Requests.ServiceLevels;

namespace NrwBot.Host.Requests;

/// <summary>
/// The support requests as the digest counts them: every request created in the period, every older one that was
/// still open at its start or closed in it, and every one rated in it (also when it was closed long before). Texts go
/// out as the LKS may see them (redacted without consent, not at all when confidential: <see cref="SupportRequest.TextForLks"/>).
/// </summary>
public sealed class RequestDigestFacts(EfRequestStore store, CategoryCatalog categories, ServiceLevels serviceLevels) : IDigestRequestFacts
{
    /// <summary>What counts as the LKS's first response: the first change the requester is told of; a note is not one.</summary>
    private static readonly HashSet<TransitionKind> Responses =
        [TransitionKind.Claimed, TransitionKind.Assigned, TransitionKind.Answered, TransitionKind.Finished, TransitionKind.Rejected];

    public async Task<IReadOnlyList<DigestRequest>> RequestsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var requests = await store.ListAsync(new RequestFilter { CreatedBefore = to }, cancellationToken);
        var histories = await store.HistoriesAsync(requests.Select(request => request.Id).ToList(), cancellationToken);
        var facts = new List<DigestRequest>();
        foreach (var request in requests)
        {
            var history = histories.GetValueOrDefault(request.Id, []);
            var rating = request.IsOpen ? null : Rating(history);
            if (request.CreatedAt >= from || request.IsOpen || ResolvedAt(request) >= from || rating?.At >= from)
                facts.Add(ToDigest(request, rating, history.FirstOrDefault(entry => Responses.Contains(entry.Kind))?.At));
        }
        return facts;
    }

    /// <summary>The requester's rating (closed requests only): the stars and their comment, never their name.</summary>
    private static DigestRating? Rating(IReadOnlyList<RequestTransition> history) =>
        history.LastOrDefault(entry => entry.Kind == TransitionKind.Rated) is { } rated && RequestRating.Parse(rated.Comment) is { } rating
            ? new DigestRating(rating.Stars, rating.Comment, rated.At)
            : null;

    private DigestRequest ToDigest(SupportRequest request, DigestRating? rating, DateTimeOffset? firstResponse) => new(
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
        request.Consent && !request.Confidential ? request.RequesterName : null,
        rating,
        serviceLevels.DueDate(request),
        firstResponse);

    // A closed request's last change is its closing (notes and ratings leave UpdatedAt; a reopened one is open until closed again).
    private static DateTimeOffset? ResolvedAt(SupportRequest request) => request.IsOpen ? null : request.UpdatedAt;
}
