namespace NrwBot.Dialogs.Onboarding;

/// <summary>Onboarding progress per user, kept so it survives restarts and is shared by all instances.</summary>
public interface IOnboardingStore
{
    Task<OnboardingProgress?> FindAsync(string userKey, CancellationToken cancellationToken);

    /// <summary>Inserts or updates the progress; leaves <see cref="OnboardingProgress.LastReminderAt"/> alone (see the claim).</summary>
    Task SaveAsync(OnboardingProgress progress, CancellationToken cancellationToken);

    /// <summary>Started, unfinished onboardings with reminders on and no progress since <paramref name="idleSince"/>.</summary>
    Task<IReadOnlyList<OnboardingProgress>> FindIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken);

    /// <summary>
    /// Marks a reminder as sent at <paramref name="now"/> if <see cref="OnboardingProgress.LastReminderAt"/> still equals
    /// <paramref name="previous"/>. Only one caller wins, so two instances never remind the same user twice.
    /// </summary>
    Task<bool> TryClaimReminderAsync(string userKey, DateTimeOffset? previous, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Started, finished and stuck onboardings for the LKS digest; names only of users who agreed.</summary>
    Task<OnboardingFigures> FiguresAsync(DateTimeOffset from, DateTimeOffset to, TimeSpan stuckAfter, CancellationToken cancellationToken);

    /// <summary>Deletes the user's progress, steps and peer link ("Meine Daten löschen").</summary>
    Task ForgetAsync(string userKey, CancellationToken cancellationToken);
}
