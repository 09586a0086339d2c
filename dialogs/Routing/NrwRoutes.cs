using NrwBot.Dialogs.Calendar;
using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Help;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Knowledge.Learning;
using NrwBot.Dialogs.Knowledge.Store;
using NrwBot.Dialogs.Onboarding;
using NrwBot.Dialogs.Pool;
using NrwBot.Dialogs.Profile;
using NrwBot.Dialogs.Requests;

namespace NrwBot.Dialogs.Routing;

/// <summary>
/// The route table of NrwBot. Verbs and command words match exactly; patterns are tried by their
/// <see cref="RouteRank"/> (LKS and other commands, then stated needs, then topics), whatever the order below;
/// a running flow gets the text only when it answers its question (see <see cref="TurnRouter"/>), and free text
/// comes last. The LKS routes are grouped behind one <see cref="Lks.LksGuard"/>.
/// </summary>
public static class NrwRoutes
{
    public static RouteTable Build(RouteTable routes, NrwFeatures features) => routes
        .Verb(HelpFeature.HelpVerb, features.Core.HelpAsync)
        .Verb(ProfileFlow.ShowVerb, features.Core.ShowProfileAsync)
        .Verb(ProfileFlow.LaterVerb, features.Core.ProfileLaterAsync)
        .Action<AskQuestion>(features.Knowledge.AskFromButtonAsync)
        .Action<OpenArticle>(features.Knowledge.OpenAsync)
        .Action<FeedbackComment>(features.Knowledge.CommentAsync)
        .Verb(KnowledgeFeature.HelpfulVerb, features.Knowledge.HelpfulAsync)
        .Verb(KnowledgeFeature.NotHelpfulVerb, features.Knowledge.NotHelpfulAsync)
        .Command(CoreCommands.HelpWords, features.Core.HelpAsync)
        .Command(CoreCommands.CancelWords, features.Core.CancelAsync)
        .Command(CoreCommands.ProfileWords, features.Core.ShowProfileAsync)
        .Command(CoreCommands.ProfileEditWords, features.Core.EditProfileAsync)
        .On(TurnEvent.Installed, features.Core.InstalledAsync)
        .AddRequests(features.Requests, features.Lks)
        .AddOnboarding(features.Onboarding)
        .AddDigest(features.Digest, features.Lks)
        .AddKnowledgeHistory(features.KnowledgeHistory, features.Lks)
        .AddKnowledgeLearning(features.KnowledgeLearning, features.ArticleDrafts, features.Lks)
        .AddCalendar(features.Calendar, features.Lks)
        .AddContacts(features.Contacts)
        .AddPool(features.Pool)
        .Flow(features.Profile)
        .Otherwise(features.Knowledge.AskAsync, features.Knowledge.IsConfident);
}
