using System.Collections.Concurrent;
using System.Diagnostics;

namespace NrwBot.Host.Outbox;

/// <summary>
/// The pace of this instance: a bot-wide rate (an evenly spaced schedule, so a burst never exceeds it) and a minimum
/// gap per conversation. A 429 pauses the whole bot until its Retry-After has passed, because Teams throttles per bot
/// and the next message would only be refused too. Real time on purpose: the limits are the channel's, not the clock's.
/// </summary>
public sealed class OutboxRateLimiter
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, long> _nextPerConversation = new();
    private long _nextSlot;
    private long _pausedUntil;

    public async Task WaitTurnAsync(string conversationKey, double perSecond, double perConversationPerSecond, CancellationToken cancellationToken)
    {
        var conversationGap = Ticks(perConversationPerSecond);
        while (true)
        {
            var now = Stopwatch.GetTimestamp();
            var conversationFree = _nextPerConversation.GetOrAdd(conversationKey, now);
            if (conversationFree > now)
            {
                await Task.Delay(Stopwatch.GetElapsedTime(now, conversationFree), cancellationToken);
                continue;
            }
            if (!_nextPerConversation.TryUpdate(conversationKey, now + conversationGap, conversationFree)) continue;
            break;
        }
        long slot;
        lock (_gate)
        {
            var now = Stopwatch.GetTimestamp();
            slot = Math.Max(Math.Max(now, _nextSlot), _pausedUntil);
            _nextSlot = slot + Ticks(perSecond);
        }
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), slot);
        if (wait > TimeSpan.Zero) await Task.Delay(wait, cancellationToken);
    }

    /// <summary>The channel said 429: nothing leaves this instance before <paramref name="retryAfter"/> has passed.</summary>
    public void Pause(TimeSpan retryAfter)
    {
        var until = Stopwatch.GetTimestamp() + (long)(retryAfter.TotalSeconds * Stopwatch.Frequency);
        lock (_gate)
        {
            if (until > _pausedUntil) _pausedUntil = until;
        }
    }

    private static long Ticks(double perSecond) => perSecond <= 0 ? 0 : (long)(Stopwatch.Frequency / perSecond);
}
