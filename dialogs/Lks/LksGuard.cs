using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Routing;

namespace NrwBot.Dialogs.Lks;

/// <summary>
/// The one check in front of every LKS route (queue, request actions, digest): the route table's LKS groups use
/// it, so no handler behind it checks membership again. Each feature words its own refusal.
/// </summary>
public sealed class LksGuard(ILksMembership lks)
{
    public Task<bool> AllowsAsync(FeatureTurn turn, CancellationToken cancellationToken) => lks.IsMemberAsync(turn.Input.User, cancellationToken);

    public RouteGuard RefusingWith(Action<FeatureTurn> refuse) => new(AllowsAsync, refuse);
}
