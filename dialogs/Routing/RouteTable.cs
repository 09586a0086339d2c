using System.Text.RegularExpressions;
using NrwBot.Dialogs.Flows;

namespace NrwBot.Dialogs.Routing;

/// <summary>
/// The routes of the bot: card verbs, command words (matched exactly, after folding case and trailing
/// punctuation), command patterns, flows, and one catch-all for free text.
/// </summary>
public sealed class RouteTable
{
    private readonly Dictionary<string, TurnHandler> _verbs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TurnHandler> _commands = new(StringComparer.Ordinal);
    private readonly List<(Regex Pattern, PatternHandler Handler)> _patterns = [];
    private readonly Dictionary<string, IFlow> _flows = new(StringComparer.Ordinal);

    public TurnHandler? FreeText { get; private set; }

    public RouteTable Verb(string verb, TurnHandler handler) { _verbs.Add(verb, handler); return this; }

    public RouteTable Command(IEnumerable<string> words, TurnHandler handler)
    {
        foreach (var word in words) _commands.Add(NormalizeCommand(word), handler);
        return this;
    }

    public RouteTable Pattern(string pattern, PatternHandler handler)
    {
        _patterns.Add((new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)), handler));
        return this;
    }

    /// <summary>A flow receives every verb that starts with its name and a dot, and the text while it runs.</summary>
    public RouteTable Flow(IFlow flow) { _flows.Add(flow.Name, flow); return this; }

    public RouteTable Otherwise(TurnHandler handler) { FreeText = handler; return this; }

    public TurnHandler? FindVerb(string verb) => _verbs.GetValueOrDefault(verb);

    public IFlow? FindFlowForVerb(string verb)
    {
        var dot = verb.IndexOf('.');
        return dot > 0 ? _flows.GetValueOrDefault(verb[..dot]) : null;
    }

    public IFlow? FindFlow(string name) => _flows.GetValueOrDefault(name);

    public TurnHandler? FindCommand(string text) => _commands.GetValueOrDefault(NormalizeCommand(text));

    public (PatternHandler Handler, Match Match)? FindPattern(string text)
    {
        foreach (var (pattern, handler) in _patterns)
        {
            var match = pattern.Match(text.Trim());
            if (match.Success) return (handler, match);
        }
        return null;
    }

    public static string NormalizeCommand(string text) => text.Trim().TrimEnd('.', '!').Trim().ToLowerInvariant();
}
