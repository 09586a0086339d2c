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
        return requests
            .Where(request => request.CreatedAt >= from || request.IsOpen || ResolvedAt(request) >= from)
            .Select(ToDigest)
            .ToList();
    }

    private DigestRequest ToDigest(SupportRequest request) => new(
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
        request.Consent ? request.RequesterName : null);

    // A closed request's last change is its closing (notes and ratings leave UpdatedAt; a reopened one is open until closed again).
    private static DateTimeOffset? ResolvedAt(SupportRequest request) => request.IsOpen ? null : request.UpdatedAt;
}
