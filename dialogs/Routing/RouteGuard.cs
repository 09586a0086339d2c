using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Routing;

/// <summary>
/// A check that every route of a <see cref="RouteGroup"/> passes before its handler runs (like ASP.NET Core's
/// <c>MapGroup().RequireAuthorization()</c>): <see cref="Allows"/> decides, <see cref="Refuse"/> says no politely.
/// Handlers behind a guard do not check again.
/// </summary>
public sealed record RouteGuard(Func<FeatureTurn, CancellationToken, Task<bool>> Allows, Action<FeatureTurn> Refuse)
{
    public TurnHandler Protect(TurnHandler handler) => async (turn, cancellationToken) =>
    {
        if (await Allows(turn, cancellationToken)) await handler(turn, cancellationToken);
        else Refuse(turn);
    };

    public PatternHandler Protect(PatternHandler handler) => async (turn, match, cancellationToken) =>
    {
        if (await Allows(turn, cancellationToken)) await handler(turn, match, cancellationToken);
        else Refuse(turn);
    };
}
