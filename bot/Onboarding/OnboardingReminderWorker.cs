using NrwBot.Dialogs.Onboarding;
using NrwBot.Host.Scheduling;

namespace NrwBot.Host.Onboarding;

/// <summary>Looks for onboardings to nudge every few minutes; each reminder is claimed first (see <see cref="OnboardingReminders"/>).</summary>
public sealed class OnboardingReminderWorker(OnboardingReminders reminders, OnboardingOptions options, TimeProvider clock,
    ILogger<OnboardingReminderWorker> logger) : ReminderWorker(clock, logger)
{
    protected override string Kind => "onboarding";

    protected override bool Enabled => options.RemindersEnabled;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, options.CheckIntervalMinutes));

    protected override Task<int> SendDueAsync(CancellationToken cancellationToken) => reminders.SendDueAsync(cancellationToken);
}
