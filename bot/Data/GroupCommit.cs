using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace NrwBot.Host.Data;

/// <summary>
/// Group commit for the small writes every turn makes (the activity claim when it starts and the record of its
/// answer when it ends): the writes of concurrent turns wait in a queue and one writer runs them in a single
/// transaction. Why: each commit on SQLite is an fsync under the one write lock (about 0.7 ms on the development
/// machine), so two commits per turn capped NrwBot at a few hundred turns per second and made turns queue for the
/// lock; a batch of 30 turns now costs one. PostgreSQL saves the round trips. A write is committed before its task
/// completes, so "stored before the bot says so" holds as before. If a batch fails, its writes are tried one by one,
/// so one bad write never fails the others.
/// </summary>
public sealed class GroupCommit : IAsyncDisposable
{
    private const int MaxBatch = 128;
    private readonly IDbContextFactory<NrwBotDbContext> _contexts;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public GroupCommit(IDbContextFactory<NrwBotDbContext> contexts)
    {
        _contexts = contexts;
        _writer = Task.Run(WriteAllAsync);
    }

    /// <summary>Runs <paramref name="write"/> in the next batch's transaction; completes after that transaction committed.</summary>
    public Task<int> WriteAsync(Func<NrwBotDbContext, CancellationToken, Task<int>> write, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new PendingWrite(write, cancellationToken);
        if (!_queue.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(GroupCommit));
        return pending.Done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    private async Task WriteAllAsync()
    {
        var batch = new List<PendingWrite>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                // A turn that was given up before its write ran does not want it any more.
                if (pending.CancellationToken.IsCancellationRequested) pending.Done.TrySetCanceled(pending.CancellationToken);
                else batch.Add(pending);
            }
            if (batch.Count == 0) continue;
            try
            {
                var results = await CommitAsync(batch);
                for (var index = 0; index < batch.Count; index++) batch[index].Done.TrySetResult(results[index]);
            }
            catch (Exception) when (batch.Count > 1)
            {
                foreach (var pending in batch) await CommitAloneAsync(pending);
            }
            catch (Exception error)
            {
                batch[0].Done.TrySetException(error);
            }
        }
    }

    private async Task<int[]> CommitAsync(IReadOnlyList<PendingWrite> batch)
    {
        await using var db = await _contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var results = new int[batch.Count];
        for (var index = 0; index < batch.Count; index++) results[index] = await batch[index].Write(db, CancellationToken.None);
        await transaction.CommitAsync();
        return results;
    }

    private async Task CommitAloneAsync(PendingWrite pending)
    {
        try
        {
            pending.Done.TrySetResult((await CommitAsync([pending]))[0]);
        }
        catch (Exception error)
        {
            pending.Done.TrySetException(error);
        }
    }

    private sealed record PendingWrite(Func<NrwBotDbContext, CancellationToken, Task<int>> Write, CancellationToken CancellationToken)
    {
        public TaskCompletionSource<int> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
