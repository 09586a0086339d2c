using NrwBot.Dialogs.Contacts;

namespace NrwBot.Dialogs.Onboarding;

/// <summary>
/// Which bot user a person of the contact directory is. Only then can the bot write to them; the link is made
/// when the host learns a user's Teams sign-in name and it matches a directory entry.
/// </summary>
public interface IPeerAccounts
{
    /// <summary>The user key (<see cref="Conversation.ConversationKeys.ForUser"/>) of the contact, or null when not known.</summary>
    Task<string?> UserKeyOfAsync(Contact contact, CancellationToken cancellationToken);

    /// <summary>Links the user to the directory person with this sign-in name or e-mail; true when one was found and stored.</summary>
    Task<bool> RememberAsync(string userKey, string? signInName, string? email, CancellationToken cancellationToken);
}
