using System.Text.RegularExpressions;
using NrwBot.Dialogs.Flows;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Routing;

/// <summary>
/// The routes of the bot: card verbs, command words (matched exactly, after folding case and trailing
/// punctuation), command patterns by <see cref="RouteRank"/>, flows, activity events (the install welcome),
/// and one catch-all for free text. Which route wins never depends on the order features are added in:
/// verbs and words are unique keys (adding one twice throws), patterns are tried by rank, and only within one
/// rank in the order a feature lists them (the contacts feature's <c>InOrder</c>).
/// </summary>
public sealed class RouteTable
{
    private readonly Dictionary<string, TurnHandler> _verbs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TurnHandler> _commands = new(StringComparer.Ordinal);
    private readonly List<(Regex Pattern, PatternHandler Handler, RouteRank Rank)> _patterns = [];
    private readonly Dictionary<string, IFlow> _flows = new(StringComparer.Ordinal);
    private readonly Dictionary<TurnEvent, TurnHandler> _events = [];

    public TurnHandler? FreeText { get; private set; }

    /// <summary>Files (without text) that no running flow expects: says what the bot can do with a file.</summary>
    public TurnHandler? FileHandler { get; private set; }

    /// <summary>
    /// Text replies in a channel thread go here first (after command words): true when it took the reply (the network
    /// channel's question threads), false to route the text as usual.
    /// </summary>
    public Func<FeatureTurn, CancellationToken, Task<bool>>? ThreadReplyHandler { get; private set; }

    /// <summary>Whether free text would get a confident answer (the knowledge base), without answering it.</summary>
    public Func<FeatureTurn, bool> FreeTextIsConfident { get; private set; } = _ => false;

    public RouteTable Verb(string verb, TurnHandler handler) { _verbs.Add(verb, handler); return this; }

    public RouteTable Command(IEnumerable<string> words, TurnHandler handler)
    {
        foreach (var word in words) _commands.Add(NormalizeCommand(word), handler);
        return this;
    }

    public RouteTable Pattern(string pattern, PatternHandler handler, RouteRank rank)
    {
        var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        // Insert after the last route of the same or a lower rank: a stable order by rank.
        var index = _patterns.FindLastIndex(route => route.Rank <= rank) + 1;
        _patterns.Insert(index, (regex, handler, rank));
        return this;
    }

    /// <summary>A typed card action: the values a card sends are bound and checked first; a damaged or forged card gets a friendly refusal.</summary>
    public RouteTable Action<T>(Func<FeatureTurn, T, CancellationToken, Task> handler) where T : class, ICardAction<T> => Verb(T.Verb, Bound(handler));

    /// <summary>The handler of a typed card action: binds the card's values, or refuses a damaged or forged card.</summary>
    internal static TurnHandler Bound<T>(Func<FeatureTurn, T, CancellationToken, Task> handler) where T : class, ICardAction<T> =>
        (turn, cancellationToken) =>
        {
            if (T.Bind(turn.Input.Values) is { } action) return handler(turn, action, cancellationToken);
            turn.Send(RoutingTexts.InvalidButton.German);
            return Task.CompletedTask;
        };

    /// <summary>Routes behind one guard, checked once for all of them (the LKS routes).</summary>
    public RouteGroup Group(RouteGuard guard) => new(this, guard);

    /// <summary>A flow receives every verb that starts with its name and a dot, and the text while it runs.</summary>
    public RouteTable Flow(IFlow flow) { _flows.Add(flow.Name, flow); return this; }

    public RouteTable ThreadReply(Func<FeatureTurn, CancellationToken, Task<bool>> handler)
    {
        if (ThreadReplyHandler is not null) throw new InvalidOperationException("Only one feature takes thread replies.");
        ThreadReplyHandler = handler;
        return this;
    }

    public RouteTable Files(TurnHandler handler)
    {
        if (FileHandler is not null) throw new InvalidOperationException("Only one route takes files outside a flow.");
        FileHandler = handler;
        return this;
    }

    public RouteTable On(TurnEvent turnEvent, TurnHandler handler) { _events.Add(turnEvent, handler); return this; }

    public RouteTable Otherwise(TurnHandler handler, Func<FeatureTurn, bool>? isConfident = null)
    {
        FreeText = handler;
        FreeTextIsConfident = isConfident ?? (_ => false);
        return this;
    }

    /// <summary>Every verb a card may send: the registered ones and those of the flows (for tests that forge cards).</summary>
    public IEnumerable<string> Verbs => RoutedVerbs.Concat(_flows.Values.SelectMany(flow => flow.Verbs)).Distinct(StringComparer.Ordinal);

    public TurnHandler? FindVerb(string verb) => _verbs.GetValueOrDefault(verb);

    /// <summary>The verbs registered with a route of their own (a flow's verbs are built from its name, see <see cref="FlowNames"/>).</summary>
    public IEnumerable<string> RoutedVerbs => _verbs.Keys;

    /// <summary>Every flow's name: the prefix of its verbs.</summary>
    public IEnumerable<string> FlowNames => _flows.Keys;

    public TurnHandler? FindEvent(TurnEvent turnEvent) => _events.GetValueOrDefault(turnEvent);

    public IFlow? FindFlowForVerb(string verb)
    {
        var dot = verb.IndexOf('.');
        return dot > 0 ? _flows.GetValueOrDefault(verb[..dot]) : null;
    }

    public IFlow? FindFlow(string name) => _flows.GetValueOrDefault(name);

    public TurnHandler? FindCommand(string text) => _commands.GetValueOrDefault(NormalizeCommand(text));

    /// <summary>The first pattern that matches, by rank; <paramref name="atMost"/> limits the ranks tried.</summary>
    public (PatternHandler Handler, Match Match)? FindPattern(string text, RouteRank atMost = RouteRank.Topic)
    {
        foreach (var (pattern, handler, rank) in _patterns)
        {
            if (rank > atMost) break;
            var match = pattern.Match(text.Trim());
            if (match.Success) return (handler, match);
        }
        return null;
    }

    public static string NormalizeCommand(string text) => text.Trim().TrimEnd('.', '!').Trim().ToLowerInvariant();
}
