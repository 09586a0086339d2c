using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Routing;

/// <summary>
/// A check that every route of a <see cref="RouteGroup"/> passes before its handler runs (like ASP.NET Core's
/// <c>MapGroup().RequireAuthorization()</c>). <see cref="PassesAsync"/> answers true to go on, or says no politely
/// itself (it knows why: not allowed at all, or not here) and answers false. Handlers behind a guard do not check again.
/// </summary>
public sealed record RouteGuard(Func<FeatureTurn, CancellationToken, Task<bool>> PassesAsync)
{
    public TurnHandler Protect(TurnHandler handler) => async (turn, cancellationToken) =>
    {
        if (await PassesAsync(turn, cancellationToken)) await handler(turn, cancellationToken);
    };

    public PatternHandler Protect(PatternHandler handler) => async (turn, match, cancellationToken) =>
    {
        if (await PassesAsync(turn, cancellationToken)) await handler(turn, match, cancellationToken);
    };
}
