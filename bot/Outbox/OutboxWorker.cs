using Microsoft.Extensions.Options;

namespace NrwBot.Host.Outbox;

/// <summary>
/// Runs <see cref="OutboxDispatcher"/> in the background: passes back to back while rows are due, else waits for a
/// local enqueue (<see cref="OutboxSignal"/>) or the poll interval (rows of other instances, retries, expired leases).
/// Nothing is kept in memory between passes, so a restart resumes where the table stands.
/// </summary>
public sealed class OutboxWorker(OutboxDispatcher dispatcher, OutboxSignal signal, IOptionsMonitor<OutboxOptions> options,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.CurrentValue.Enabled)
        {
            logger.LogInformation("Outbox: delivery is off (Outbox:Enabled=false); messages stay queued");
            return;
        }
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = await RunOnceAsync(stoppingToken);
            if (handled > 0) continue;
            try
            {
                await signal.WaitAsync(options.CurrentValue.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<int> RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await dispatcher.RunOnceAsync(stoppingToken);
        }
        catch (Exception error) when (!stoppingToken.IsCancellationRequested)
        {
            // A database hiccup must not end the loop: leased rows come back when their lease expires.
            logger.LogError(error, "Outbox: the pass failed; trying again after the poll interval");
            return 0;
        }
        catch (OperationCanceledException)
        {
            return 0;
        }
    }
}
