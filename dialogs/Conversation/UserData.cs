using NrwBot.Dialogs.Profile;

namespace NrwBot.Dialogs.Conversation;

/// <summary>What the bot remembers about one user (kept in the Bot Framework's UserState). Only what a feature needs.</summary>
public sealed class UserData
{
    public UserProfile? Profile { get; set; }

    /// <summary>The bot offers to create a profile once; after that only "Profil" or a feature that needs the region asks.</summary>
    public bool ProfileOffered { get; set; }
}
