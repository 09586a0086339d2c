namespace NrwBot.Dialogs.Requests;

/// <summary>
/// Where support requests and their history live. Failures are thrown as <see cref="RequestStoreException"/>.
/// </summary>
public interface IRequestStore
{
    /// <summary>
    /// Stores a new request with the next number of its year and links it with the open requests of the same
    /// region and category. Idempotent: a second call with the same <see cref="NewSupportRequest.SourceKey"/>
    /// returns the first request (IsNew false) and stores nothing.
    /// </summary>
    Task<CreatedRequest> CreateAsync(NewSupportRequest request, CancellationToken cancellationToken);

    Task<SupportRequest?> FindAsync(RequestNumber number, CancellationToken cancellationToken);

    /// <summary>The request stored under <see cref="NewSupportRequest.SourceKey"/>, for telling a late second click what the first filed.</summary>
    Task<SupportRequest?> FindBySourceAsync(string sourceKey, CancellationToken cancellationToken);

    /// <summary>"#42": the newest request with this running number.</summary>
    Task<SupportRequest?> FindLatestAsync(int sequence, CancellationToken cancellationToken);

    Task<IReadOnlyList<SupportRequest>> ListAsync(RequestFilter filter, CancellationToken cancellationToken);

    /// <summary>Oldest first.</summary>
    Task<IReadOnlyList<RequestTransition>> HistoryAsync(long requestId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="after"/> and its history entry only if the stored request still has the version of
    /// <paramref name="before"/> (optimistic concurrency): of two LKS members taking a request at once, one wins.
    /// </summary>
    Task<ChangeOutcome> ApplyAsync(SupportRequest before, SupportRequest after, RequestTransition transition, CancellationToken cancellationToken);

    /// <summary>
    /// "Meine Daten löschen": deletes the requester's open requests with their history, and keeps closed ones
    /// for the statistics without the person (no key, no name, the redacted text only; <paramref name="requesterName"/>
    /// is removed from the kept texts, <see cref="Privacy.PersonName"/>). Their cards waiting in the outbox lose the old text.
    /// </summary>
    Task<ForgetResult> ForgetRequesterAsync(string requesterKey, string? requesterName, CancellationToken cancellationToken);
}
