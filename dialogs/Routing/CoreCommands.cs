using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Flows;
using NrwBot.Dialogs.Help;
using NrwBot.Dialogs.Profile;

namespace NrwBot.Dialogs.Routing;

/// <summary>The commands every conversation has: help (also inside a flow), cancel, and the profile.</summary>
public sealed class CoreCommands(HelpFeature help, ProfileFlow profile, RouteTable routes)
{
    public static readonly string[] HelpWords = ["hilfe", "help", "?", "menü", "menu", "was kannst du?", "was kannst du", "what can you do?", "what can you do"];
    public static readonly string[] CancelWords = ["abbrechen", "stopp", "stop", "cancel", "abbruch"];
    public static readonly string[] ProfileWords = ["profil", "profile", "mein profil"];
    public static readonly string[] ProfileEditWords = ["profil ändern", "profil aendern", "edit profile"];

    public async Task HelpAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        await help.ShowAsync(turn, cancellationToken);
        if (turn.Conversation.ActiveFlow is { } state && routes.FindFlow(state.Name) is { } flow)
        {
            turn.Send(string.Format(FlowTexts.InFlowHint, flow.Title));
            flow.Reprompt(turn);
        }
    }

    public Task CancelAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var wasRunning = turn.Conversation.ActiveFlow is not null;
        turn.Conversation.ActiveFlow = null;
        turn.Send(wasRunning ? FlowTexts.Cancelled : FlowTexts.NothingToCancel);
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
        turn.Send(ProfileTexts.Later);
        return Task.CompletedTask;
    }
}
