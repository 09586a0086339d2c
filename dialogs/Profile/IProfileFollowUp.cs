using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Profile;

/// <summary>Something another feature offers right after a profile is saved (e.g. onboarding for a new Fachkraft).</summary>
public interface IProfileFollowUp
{
    Task AfterProfileSavedAsync(FeatureTurn turn, CancellationToken cancellationToken);
}
