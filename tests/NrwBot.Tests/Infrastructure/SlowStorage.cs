using Microsoft.Bot.Builder;

namespace NrwBot.Tests.Infrastructure;

/// <summary>Storage that takes its time reading, as a busy database would, so turns last long enough to overlap.</summary>
public sealed class SlowStorage(IStorage inner, TimeSpan delay) : IStorage
{
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        await Task.Delay(delay, cancellationToken);
        return await inner.ReadAsync(keys, cancellationToken);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => inner.WriteAsync(changes, cancellationToken);

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
}
