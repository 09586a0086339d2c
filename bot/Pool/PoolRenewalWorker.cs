using NrwBot.Dialogs.Pool;
using NrwBot.Host.Scheduling;

namespace NrwBot.Host.Pool;

/// <summary>Asks owners of unconfirmed pool profiles once (see <see cref="PoolRenewal"/>).</summary>
public sealed class PoolRenewalWorker(PoolRenewal renewal, PoolOptions options, TimeProvider clock, ILogger<PoolRenewalWorker> logger)
    : ReminderWorker(clock, logger)
{
    protected override string Kind => "pool-renewal";

    protected override bool Enabled => options.RenewalEnabled;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, options.CheckIntervalMinutes));

    protected override Task<int> SendDueAsync(CancellationToken cancellationToken) => renewal.SendDueAsync(cancellationToken);
}
