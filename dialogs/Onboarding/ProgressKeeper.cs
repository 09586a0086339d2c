using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Onboarding;

/// <summary>Loads and saves the progress of the user of a turn; keeps name and region current only while the user shares them.</summary>
internal sealed class ProgressKeeper(IOnboardingStore store)
{
    public static string KeyOf(FeatureTurn turn) => ConversationKeys.ForUser(turn.Input.User);

    public Task<OnboardingProgress?> FindAsync(FeatureTurn turn, CancellationToken cancellationToken) =>
        store.FindAsync(KeyOf(turn), cancellationToken);

    /// <summary>The user's progress; opening or ticking off a step before "Einarbeitung starten" starts it.</summary>
    public async Task<OnboardingProgress> FindOrStartAsync(FeatureTurn turn, CancellationToken cancellationToken) =>
        await FindAsync(turn, cancellationToken) ?? await StartAsync(turn, cancellationToken);

    public async Task<OnboardingProgress> StartAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var progress = OnboardingProgress.Start(KeyOf(turn), turn.Now);
        await SaveAsync(turn, progress, cancellationToken);
        return progress;
    }

    public Task SaveAsync(FeatureTurn turn, OnboardingProgress progress, CancellationToken cancellationToken)
    {
        progress.DisplayName = progress.SharesProgress && turn.Input.User.Name.Trim().Length > 0 ? turn.Input.User.Name.Trim() : null;
        progress.Region = progress.SharesProgress ? turn.User.Profile?.Region : null;
        return store.SaveAsync(progress, cancellationToken);
    }
}
