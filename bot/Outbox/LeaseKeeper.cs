namespace NrwBot.Host.Outbox;

/// <summary>
/// Keeps one pass's lease alive: before each send, when less than half the lease is left, the lease of all rows of
/// the pass is extended (one UPDATE, shared by the parallel deliveries). A send starts only with at least half a
/// lease ahead, so the pass's completion write comes long before any other instance may take the rows over.
/// </summary>
public sealed class LeaseKeeper(OutboxClaims claims, string token, long until, TimeSpan lease, TimeProvider clock)
{
    private readonly SemaphoreSlim _renewing = new(1, 1);
    private long _until = until;
    private bool _lost;

    public async Task<bool> HoldAsync(CancellationToken cancellationToken)
    {
        var half = (long)(lease.TotalMilliseconds / 2);
        if (Now() + half < Volatile.Read(ref _until)) return !_lost;
        await _renewing.WaitAsync(cancellationToken);
        try
        {
            if (_lost) return false;
            if (Now() + half < _until) return true;
            var now = Now();
            // Too late to renew: another instance may already hold these rows.
            if (now >= _until) return !(_lost = true);
            var next = now + (long)lease.TotalMilliseconds;
            if (!await claims.RenewAsync(token, next, cancellationToken)) return !(_lost = true);
            Volatile.Write(ref _until, next);
            return true;
        }
        finally
        {
            _renewing.Release();
        }
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}
