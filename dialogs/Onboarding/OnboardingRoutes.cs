using NrwBot.Dialogs.Routing;

namespace NrwBot.Dialogs.Onboarding;

/// <summary>Adds the onboarding to the route table: its button verbs, its command words, and "Einarbeitung Schritt n".</summary>
public static class OnboardingRoutes
{
    public static RouteTable AddOnboarding(this RouteTable routes, OnboardingFeature onboarding) => routes
        .Verb(OnboardingVerbs.Start, onboarding.StartAsync)
        .Verb(OnboardingVerbs.OfferLater, onboarding.OfferLaterAsync)
        .Verb(OnboardingVerbs.Next, onboarding.ResumeAsync)
        .Verb(OnboardingVerbs.Status, onboarding.StatusAsync)
        .Action<OpenStep>(onboarding.StepAsync)
        .Action<MarkStepDone>(onboarding.DoneAsync)
        .Action<PostponeStep>(onboarding.LaterAsync)
        .Action<AskAboutStep>(onboarding.QuestionAsync)
        .Verb(OnboardingVerbs.Reset, onboarding.Preferences.ResetAsync)
        .Verb(OnboardingVerbs.ResetConfirm, onboarding.Preferences.ResetConfirmedAsync)
        .Verb(OnboardingVerbs.ResetCancel, onboarding.Preferences.ResetCancelledAsync)
        .Verb(OnboardingVerbs.RemindersOff, onboarding.Preferences.RemindersOffAsync)
        .Verb(OnboardingVerbs.RemindersOn, onboarding.Preferences.RemindersOnAsync)
        .Verb(OnboardingVerbs.ShareOn, onboarding.Preferences.ShareOnAsync)
        .Verb(OnboardingVerbs.ShareOff, onboarding.Preferences.ShareOffAsync)
        .Action<MeetPeer>(onboarding.Completion.IntroduceAsync)
        .Verb(OnboardingVerbs.PeerNo, onboarding.Completion.DeclineAsync)
        .Command(OnboardingPatterns.StartWords, onboarding.StartAsync)
        .Command(OnboardingPatterns.ResumeWords, onboarding.ResumeAsync)
        .Command(OnboardingPatterns.StatusWords, onboarding.StatusAsync)
        .Command(OnboardingPatterns.ResetWords, onboarding.Preferences.ResetAsync)
        .Command(OnboardingPatterns.RemindersOffWords, onboarding.Preferences.RemindersOffAsync)
        .Command(OnboardingPatterns.RemindersOnWords, onboarding.Preferences.RemindersOnAsync)
        .Command(OnboardingPatterns.ShareOnWords, onboarding.Preferences.ShareOnAsync)
        .Command(OnboardingPatterns.ShareOffWords, onboarding.Preferences.ShareOffAsync)
        .Pattern(OnboardingPatterns.StepPattern, onboarding.StepByTextAsync, RouteRank.Command);
}
