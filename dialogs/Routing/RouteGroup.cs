using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Routing;

/// <summary>Routes that share one <see cref="RouteGuard"/>; they are added to the table like any other route.</summary>
public sealed class RouteGroup(RouteTable routes, RouteGuard guard)
{
    public RouteGroup Verb(string verb, TurnHandler handler) { routes.Verb(verb, guard.Protect(handler)); return this; }

    /// <summary>A typed card action behind the guard: the guard first, so a forged card of an outsider is refused before it is even read.</summary>
    public RouteGroup Action<T>(Func<FeatureTurn, T, CancellationToken, Task> handler) where T : class, ICardAction<T>
    {
        routes.Verb(T.Verb, guard.Protect(RouteTable.Bound(handler)));
        return this;
    }

    public RouteGroup Command(IEnumerable<string> words, TurnHandler handler) { routes.Command(words, guard.Protect(handler)); return this; }

    public RouteGroup Pattern(string pattern, PatternHandler handler, RouteRank rank = RouteRank.Command)
    {
        routes.Pattern(pattern, guard.Protect(handler), rank);
        return this;
    }

    /// <summary>Back to the whole table, to go on adding unguarded routes.</summary>
    public RouteTable Table => routes;
}
