namespace NrwBot.Dialogs.Onboarding;

/// <summary>
/// The card verbs of the onboarding's buttons without data; the buttons with data are typed card actions
/// (<see cref="OpenStep"/>, <see cref="MarkStepDone"/>, <see cref="PostponeStep"/>, <see cref="AskAboutStep"/>, <see cref="MeetPeer"/>).
/// </summary>
public static class OnboardingVerbs
{
    public const string Start = "onboarding.start";
    public const string OfferLater = "onboarding.offer.later";
    public const string Next = "onboarding.next";
    public const string Status = "onboarding.status";
    public const string Reset = "onboarding.reset";
    public const string ResetConfirm = "onboarding.reset.confirm";
    public const string ResetCancel = "onboarding.reset.cancel";
    public const string RemindersOff = "onboarding.reminders.off";
    public const string RemindersOn = "onboarding.reminders.on";
    public const string ShareOn = "onboarding.share.on";
    public const string ShareOff = "onboarding.share.off";
    public const string PeerNo = "onboarding.peer.no";
}
