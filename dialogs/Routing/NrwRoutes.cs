using NrwBot.Dialogs.Calendar;
using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Help;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Onboarding;
using NrwBot.Dialogs.Profile;
using NrwBot.Dialogs.Requests;

namespace NrwBot.Dialogs.Routing;

/// <summary>
/// The route table of NrwBot, read top to bottom. Verbs and command words match exactly; patterns are tried
/// in order (specific before broad), flows get the text while they run, and free text comes last.
/// </summary>
public static class NrwRoutes
{
    public static RouteTable Build(RouteTable routes, NrwFeatures features) => routes
        .Verb(HelpFeature.HelpVerb, features.Core.HelpAsync)
        .Verb(ProfileFlow.ShowVerb, features.Core.ShowProfileAsync)
        .Verb(ProfileFlow.LaterVerb, features.Core.ProfileLaterAsync)
        .Verb(KnowledgeFeature.AskVerb, features.Knowledge.AskFromButtonAsync)
        .Verb(KnowledgeFeature.OpenVerb, features.Knowledge.OpenAsync)
        .Verb(KnowledgeFeature.HelpfulVerb, features.Knowledge.HelpfulAsync)
        .Verb(KnowledgeFeature.NotHelpfulVerb, features.Knowledge.NotHelpfulAsync)
        .Command(CoreCommands.HelpWords, features.Core.HelpAsync)
        .Command(CoreCommands.CancelWords, features.Core.CancelAsync)
        .Command(CoreCommands.ProfileWords, features.Core.ShowProfileAsync)
        .Command(CoreCommands.ProfileEditWords, features.Core.EditProfileAsync)
        .AddRequests(features.Requests)
        .AddOnboarding(features.Onboarding)
        .AddDigest(features.Digest)
        .AddCalendar(features.Calendar)
        .AddContacts(features.Contacts)
        .Flow(features.Profile)
        .Otherwise(features.Knowledge.AskAsync);
}
