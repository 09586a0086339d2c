using NrwBot.Dialogs.Onboarding;

namespace NrwBot.Host.Onboarding;

/// <summary>Between the feature's <see cref="OnboardingProgress"/> and the database rows.</summary>
internal static class OnboardingRecordMapper
{
    public static OnboardingProgress ToProgress(OnboardingProgressRecord record)
    {
        var progress = new OnboardingProgress
        {
            UserKey = record.UserKey,
            StartedAt = record.StartedAt,
            LastProgressAt = record.LastProgressAt,
            FinishedAt = record.FinishedAt,
            RemindersOff = record.RemindersOff,
            LastReminderAt = record.LastReminderAt,
            SharesProgress = record.SharesProgress,
            DisplayName = record.DisplayName,
            Region = record.Region,
            IntroducedPeerId = record.IntroducedPeerId,
        };
        foreach (var step in record.Steps) progress.Done[step.StepId] = step.DoneAt;
        return progress;
    }

    /// <summary>Copies everything but the last reminder, which only the reminder claim writes.</summary>
    public static void CopyInto(OnboardingProgress progress, OnboardingProgressRecord record)
    {
        record.StartedAt = progress.StartedAt;
        record.LastProgressAt = progress.LastProgressAt;
        record.FinishedAt = progress.FinishedAt;
        record.RemindersOff = progress.RemindersOff;
        record.SharesProgress = progress.SharesProgress;
        record.DisplayName = progress.DisplayName;
        record.Region = progress.Region;
        record.IntroducedPeerId = progress.IntroducedPeerId;
        record.Steps.RemoveAll(step => !progress.Done.ContainsKey(step.StepId));
        foreach (var (stepId, doneAt) in progress.Done)
        {
            if (record.Steps.All(step => step.StepId != stepId))
                record.Steps.Add(new OnboardingStepRecord { UserKey = progress.UserKey, StepId = stepId, DoneAt = doneAt });
        }
    }
}
