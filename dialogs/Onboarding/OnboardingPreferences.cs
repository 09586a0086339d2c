using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Onboarding;

/// <summary>What the user decides about their onboarding: reminders on or off, sharing with the LKS, and reset.</summary>
public sealed class OnboardingPreferences
{
    private readonly OnboardingPath _path;
    private readonly OnboardingCards _cards;
    private readonly ProgressKeeper _progress;
    private readonly Action<FeatureTurn, OnboardingStep, OnboardingProgress> _showStep;

    internal OnboardingPreferences(OnboardingPath path, OnboardingCards cards, ProgressKeeper progress, Action<FeatureTurn, OnboardingStep, OnboardingProgress> showStep)
    {
        _path = path;
        _cards = cards;
        _progress = progress;
        _showStep = showStep;
    }

    public Task RemindersOffAsync(FeatureTurn turn, CancellationToken cancellationToken) =>
        ChangeAsync(turn, progress => progress.RemindersOff = true, OnboardingTexts.RemindersOff.German, Reply.Plain(OnboardingTexts.RemindersNoOnboarding.German), cancellationToken);

    public Task RemindersOnAsync(FeatureTurn turn, CancellationToken cancellationToken) =>
        ChangeAsync(turn, progress => progress.RemindersOff = false, OnboardingTexts.RemindersOn.Format(_cards.ReminderAfterDays),
            Reply.Plain(OnboardingTexts.RemindersNoOnboarding.German), cancellationToken);

    public Task ShareOnAsync(FeatureTurn turn, CancellationToken cancellationToken) =>
        ChangeAsync(turn, progress => progress.SharesProgress = true, OnboardingTexts.ShareOn.German, _cards.NotStarted(), cancellationToken);

    public Task ShareOffAsync(FeatureTurn turn, CancellationToken cancellationToken) =>
        ChangeAsync(turn, progress => progress.SharesProgress = false, OnboardingTexts.ShareOff.German, _cards.NotStarted(), cancellationToken);

    /// <summary>"Einarbeitung zurücksetzen": asks first.</summary>
    public async Task ResetAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var progress = await _progress.FindAsync(turn, cancellationToken);
        if (progress is null) turn.Send(OnboardingTexts.NothingToReset.German);
        else turn.Send(_cards.ResetQuestion(progress));
    }

    public async Task ResetConfirmedAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        if (await _progress.FindAsync(turn, cancellationToken) is not { } progress) { turn.Send(OnboardingTexts.NothingToReset.German); return; }
        progress.Reset(turn.Now);
        await _progress.SaveAsync(turn, progress, cancellationToken);
        turn.Send(OnboardingTexts.ResetDone.German);
        _showStep(turn, _path.Steps[0], progress);
    }

    public Task ResetCancelledAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        turn.Send(OnboardingTexts.ResetKept.German);
        return Task.CompletedTask;
    }

    private async Task ChangeAsync(FeatureTurn turn, Action<OnboardingProgress> change, string done, Reply notStarted, CancellationToken cancellationToken)
    {
        if (await _progress.FindAsync(turn, cancellationToken) is not { } progress) { turn.Send(notStarted); return; }
        change(progress);
        await _progress.SaveAsync(turn, progress, cancellationToken);
        turn.Send(done);
    }
}
