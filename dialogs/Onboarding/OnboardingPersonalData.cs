using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Flows;
using NrwBot.Dialogs.Requests.MyData;
using NrwBot.Dialogs.Privacy;

namespace NrwBot.Dialogs.Onboarding;

/// <summary>The onboarding progress in "Meine Daten", and its deletion with "Meine Daten löschen".</summary>
public sealed class OnboardingPersonalData(IOnboardingStore store, OnboardingPath path) : IPersonalDataSection
{
    public async Task<string> DescribeAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var progress = await store.FindAsync(ConversationKeys.ForUser(turn.Input.User), cancellationToken);
        if (progress is null) return OnboardingTexts.MyDataNone.German;
        return OnboardingTexts.MyDataProgress.Format(progress.Done.Count, path.Count,
            progress.RemindersOff ? OnboardingTexts.Off.German : OnboardingTexts.On.German,
            (progress.SharesProgress ? FlowTexts.Yes : FlowTexts.No).German);
    }

    public Task ForgetAsync(FeatureTurn turn, CancellationToken cancellationToken) =>
        store.ForgetAsync(ConversationKeys.ForUser(turn.Input.User), cancellationToken);
}
