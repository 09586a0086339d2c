using NrwBot.Dialogs.Help;
using NrwBot.Dialogs.Profile;

namespace NrwBot.Dialogs.Routing;

/// <summary>The route table of NrwBot, read top to bottom: verbs, commands, flows, then free text.</summary>
public static class NrwRoutes
{
    public static RouteTable Build(RouteTable routes, CoreCommands core, HelpFeature help, ProfileFlow profile, TurnHandler? freeText = null) => routes
        .Verb(HelpFeature.HelpVerb, core.HelpAsync)
        .Verb(ProfileFlow.ShowVerb, core.ShowProfileAsync)
        .Verb(ProfileFlow.LaterVerb, core.ProfileLaterAsync)
        .Command(CoreCommands.HelpWords, core.HelpAsync)
        .Command(CoreCommands.CancelWords, core.CancelAsync)
        .Command(CoreCommands.ProfileWords, core.ShowProfileAsync)
        .Command(CoreCommands.ProfileEditWords, core.EditProfileAsync)
        .Flow(profile)
        .Otherwise(freeText ?? help.FallbackAsync);
}
