using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Onboarding;

/// <summary>
/// Sends the friendly nudges: during working time only, to users whose onboarding is idle and due by the
/// <see cref="ReminderPolicy"/>. Each reminder is claimed in the store before it is sent, so when several
/// instances run this at once, exactly one of them sends it.
/// </summary>
public sealed class OnboardingReminders(IOnboardingStore store, IProactiveSender sender, OnboardingPath path, OnboardingCards cards,
    ReminderPolicy policy, TimeProvider clock)
{
    /// <summary>Returns how many reminders reached their user.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!policy.IsWorkingTime(now)) return 0;
        var sent = 0;
        foreach (var progress in await store.FindIdleAsync(now - policy.IdleTime, cancellationToken))
        {
            if (!policy.IsDue(progress, now) || path.NextOpen(progress) is not { } next) continue;
            if (!await store.TryClaimReminderAsync(progress.UserKey, progress.LastReminderAt, now, cancellationToken)) continue;
            // A claimed reminder that cannot be delivered stays claimed: better one nudge too few than one too many.
            var result = await sender.SendToUserAsync(progress.UserKey, [cards.Reminder(progress, next)], cancellationToken);
            if (result.Accepted) sent++;
        }
        return sent;
    }
}
