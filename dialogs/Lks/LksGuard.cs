using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Routing;

namespace NrwBot.Dialogs.Lks;

/// <summary>
/// The one check in front of every LKS route (queue, request actions, digest): the route table's LKS groups use
/// it, so no handler behind it checks again. It asks the one authorization check, <see cref="ILksMembership.AccessAsync"/>
/// (LKS by Teams identity, in a personal chat or the LKS team); each feature words its own refusal for non-members.
/// </summary>
public sealed class LksGuard(ILksMembership lks)
{
    public RouteGuard RefusingWith(Action<FeatureTurn> refuse) =>
        new((turn, cancellationToken) => lks.GrantsAsync(turn, cancellationToken, refuse));
}
