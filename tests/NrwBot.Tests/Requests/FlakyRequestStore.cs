using NrwBot.Dialogs.Requests;

namespace NrwBot.Tests.Requests;

/// <summary>The real store, which fails while <see cref="Failing"/> is set (as a database that is gone would).</summary>
public sealed class FlakyRequestStore(IRequestStore inner) : IRequestStore
{
    public bool Failing { get; set; }

    /// <summary>Fails with an unexpected error (a bug, not an outage): the turn fails and the error handler runs.</summary>
    public bool Crashing { get; set; }

    public Task<CreatedRequest> CreateAsync(NewSupportRequest request, CancellationToken cancellationToken) => Guard(() => inner.CreateAsync(request, cancellationToken));

    public Task<SupportRequest?> FindAsync(RequestNumber number, CancellationToken cancellationToken) => Guard(() => inner.FindAsync(number, cancellationToken));

    public Task<SupportRequest?> FindBySourceAsync(string sourceKey, CancellationToken cancellationToken) => Guard(() => inner.FindBySourceAsync(sourceKey, cancellationToken));

    public Task<SupportRequest?> FindLatestAsync(int sequence, CancellationToken cancellationToken) => Guard(() => inner.FindLatestAsync(sequence, cancellationToken));

    public Task<IReadOnlyList<SupportRequest>> ListAsync(RequestFilter filter, CancellationToken cancellationToken) => Guard(() => inner.ListAsync(filter, cancellationToken));

    public Task<IReadOnlyList<RequestTransition>> HistoryAsync(long requestId, CancellationToken cancellationToken) => Guard(() => inner.HistoryAsync(requestId, cancellationToken));

    public Task<ChangeOutcome> ApplyAsync(SupportRequest before, SupportRequest after, RequestTransition transition, CancellationToken cancellationToken) =>
        Guard(() => inner.ApplyAsync(before, after, transition, cancellationToken));

    public Task<ForgetResult> ForgetRequesterAsync(string requesterKey, string? requesterName, CancellationToken cancellationToken) => Guard(() => inner.ForgetRequesterAsync(requesterKey, requesterName, cancellationToken));

    private Task<T> Guard<T>(Func<Task<T>> call) =>
        Crashing ? Task.FromException<T>(new InvalidOperationException("Simulated bug"))
        : Failing ? Task.FromException<T>(new RequestStoreException("Simulated outage")) : call();
}
