namespace NrwBot.Dialogs.Onboarding;

/// <summary>
/// The card verbs of the onboarding, and the verbs it sends to other features. Data keys: <c>step</c> (a step id),
/// <c>contact</c> (a contact id from the directory).
/// </summary>
public static class OnboardingVerbs
{
    public const string Start = "onboarding.start";
    public const string OfferLater = "onboarding.offer.later";
    public const string Next = "onboarding.next";
    public const string Status = "onboarding.status";
    public const string Step = "onboarding.step";
    public const string Done = "onboarding.done";
    public const string Later = "onboarding.later";
    public const string Question = "onboarding.question";
    public const string Reset = "onboarding.reset";
    public const string ResetConfirm = "onboarding.reset.confirm";
    public const string ResetCancel = "onboarding.reset.cancel";
    public const string RemindersOff = "onboarding.reminders.off";
    public const string RemindersOn = "onboarding.reminders.on";
    public const string ShareOn = "onboarding.share.on";
    public const string ShareOff = "onboarding.share.off";
    public const string Peer = "onboarding.peer";
    public const string PeerNo = "onboarding.peer.no";

    public const string StepKey = "step";
    public const string ContactKey = "contact";
}
