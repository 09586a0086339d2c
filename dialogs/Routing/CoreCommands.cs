using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Flows;
using NrwBot.Dialogs.Help;
using NrwBot.Dialogs.Onboarding;
using NrwBot.Dialogs.Profile;

namespace NrwBot.Dialogs.Routing;

/// <summary>The commands every conversation has: help (also inside a flow), cancel, the profile, and the welcome on install.</summary>
public sealed class CoreCommands(HelpFeature help, ProfileFlow profile, IPeerAccounts peerAccounts)
{
    public static readonly string[] HelpWords = ["hilfe", "help", "?", "menü", "menu", "was kannst du?", "was kannst du", "what can you do?", "what can you do"];
    public static readonly string[] CancelWords = ["abbrechen", "stopp", "stop", "cancel", "abbruch"];
    public static readonly string[] ProfileWords = ["profil", "profile", "mein profil"];
    public static readonly string[] ProfileEditWords = ["profil ändern", "profil aendern", "edit profile"];

    /// <summary>Inside a flow the router asks the current question again afterwards, like after any interruption.</summary>
    public Task HelpAsync(FeatureTurn turn, CancellationToken cancellationToken) => help.ShowAsync(turn, cancellationToken);

    /// <summary>
    /// The bot was installed: the roster's sign-in name links the user to their entry in the contact directory (so
    /// peers can be introduced later), then the welcome — in a personal chat by name, in a team or group one line.
    /// </summary>
    public async Task InstalledAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Input.Roster is { } roster)
            await peerAccounts.RememberAsync(ConversationKeys.ForUser(turn.Input.User), roster.SignInName, roster.Email, cancellationToken);
        // A conversation of unknown kind (Web Chat sends none) is greeted like a person: only team channels and
        // group chats get the welcome for many readers.
        if (turn.Input.ConversationKind is ConversationKind.Channel or ConversationKind.GroupChat) help.WelcomeChannel(turn);
        else help.WelcomeUser(turn);
    }

    public Task CancelAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var wasRunning = turn.Conversation.ActiveFlow is not null;
        turn.Conversation.ActiveFlow = null;
        turn.Send(wasRunning ? FlowTexts.Cancelled.German : FlowTexts.NothingToCancel.German);
        return Task.CompletedTask;
    }

    public Task ShowProfileAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        turn.User.ProfileOffered = true;
        if (turn.User.Profile is null) return profile.StartAsync(turn, cancellationToken);
        turn.Send(profile.ProfileCard(turn.User.Profile));
        return Task.CompletedTask;
    }

    public Task EditProfileAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        turn.User.ProfileOffered = true;
        return profile.StartAsync(turn, cancellationToken);
    }

    public Task ProfileLaterAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        turn.User.ProfileOffered = true;
        turn.Send(ProfileTexts.Later.German);
        return Task.CompletedTask;
    }
}
