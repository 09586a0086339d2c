using NrwBot.Dialogs.Lks;
using NrwBot.Dialogs.Routing;

namespace NrwBot.Dialogs.Network;

/// <summary>
/// Adds „Frag das Netzwerk“ to the route table. Hiding is LKS only (one group behind <see cref="LksGuard"/>, so a
/// forged card of anyone else is refused before it is read); asking, answering, closing and withdrawing check the
/// person from the turn themselves. Replies in the network channel's threads are answers (<see cref="RouteTable.ThreadReply"/>).
/// </summary>
public static class NetworkRoutes
{
    public static RouteTable AddNetwork(this RouteTable routes, NetworkFeatures network, LksGuard lks)
    {
        var (asking, answering, moderation, optIn) = network;
        routes.Group(lks.RefusingWith(NetworkModeration.Refuse))
            .Action<OpenHideForm>(moderation.OpenHideFormAsync)
            .Action<HideNetworkPost>(moderation.HideAsync)
            .Pattern(NetworkModeration.HidePattern, moderation.HideFromWordsAsync);
        return routes
            .Action<AskNetwork>(asking.AskFromButtonAsync)
            .Action<PostNetworkQuestion>(asking.PostAsync)
            .Action<OpenNetworkAnswer>(answering.OpenFormAsync)
            .Action<SubmitNetworkAnswer>(answering.SubmitAsync)
            .Action<MarkNetworkAnswerHelpful>(answering.HelpfulAsync)
            .Action<CloseNetworkQuestion>(answering.CloseAsync)
            .Command(NetworkOptIn.OnWords, optIn.OnAsync)
            .Command(NetworkOptIn.OffWords, optIn.OffAsync)
            .Pattern(NetworkAsking.AskPattern, asking.AskFromWordsAsync, RouteRank.Command)
            .Pattern(NetworkAnswering.AnswerPattern, answering.AnswerFromWordsAsync, RouteRank.Command)
            .Pattern(NetworkAnswering.ShowPattern, answering.ShowAsync, RouteRank.Command)
            .Pattern(NetworkModeration.WithdrawPattern, moderation.WithdrawAsync, RouteRank.Command)
            .ThreadReply(answering.ThreadReplyAsync);
    }
}
