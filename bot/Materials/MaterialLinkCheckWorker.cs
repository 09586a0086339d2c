using NrwBot.Dialogs.Materials;
using NrwBot.Host.Scheduling;

namespace NrwBot.Host.Materials;

/// <summary>Checks material links once a minute, at most <see cref="MaterialsOptions.LinkChecksPerMinute"/> per round.</summary>
public sealed class MaterialLinkCheckWorker(MaterialLinkCheck check, MaterialsOptions options, TimeProvider clock, ILogger<MaterialLinkCheckWorker> logger)
    : ReminderWorker(clock, logger)
{
    protected override string Kind => "material-link";

    protected override bool Enabled => options.LinkCheckEnabled;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override Task<int> SendDueAsync(CancellationToken cancellationToken) => check.CheckDueAsync(cancellationToken);
}
