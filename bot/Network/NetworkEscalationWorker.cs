using NrwBot.Dialogs.Network;
using NrwBot.Host.Scheduling;

namespace NrwBot.Host.Network;

/// <summary>Looks for unanswered network questions every few minutes; each offer to the asker is claimed first (see <see cref="NetworkEscalation"/>).</summary>
public sealed class NetworkEscalationWorker(NetworkEscalation escalation, NetworkOptions options, TimeProvider clock,
    ILogger<NetworkEscalationWorker> logger) : ReminderWorker(clock, logger)
{
    protected override string Kind => "network-escalation";

    protected override bool Enabled => options.EscalateAfterWorkingDays > 0;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, options.CheckIntervalMinutes));

    protected override Task<int> SendDueAsync(CancellationToken cancellationToken) => escalation.SendDueAsync(cancellationToken);
}
