using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Profile;

namespace NrwBot.Dialogs.Onboarding;

/// <summary>Offers the onboarding once a user's profile says they are a Fachkraft (the offer itself checks that).</summary>
public sealed class OnboardingOffer(OnboardingFeature onboarding) : IProfileFollowUp
{
    public Task AfterProfileSavedAsync(FeatureTurn turn, CancellationToken cancellationToken) => onboarding.OfferAsync(turn, cancellationToken);
}
