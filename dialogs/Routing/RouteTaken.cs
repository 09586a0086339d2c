namespace NrwBot.Dialogs.Routing;

/// <summary>
/// Which way the router sent a turn, for telemetry and the turn's log line: the kind of route (verb, command,
/// flow, pattern, free_text) and the handler's feature and method, e.g. "KnowledgeFeature.Ask". Never user text.
/// </summary>
public sealed record RouteTaken(string Kind, string Handler)
{
    public static RouteTaken None { get; } = new("none", "none");

    public static RouteTaken Of(string kind, Delegate handler)
    {
        var type = handler.Method.DeclaringType;
        // Lambdas compile to methods named "<Outer>b__1_0" in a nested closure type: name the outer type instead.
        while (type is { IsNested: true } && type.Name.StartsWith('<')) type = type.DeclaringType;
        var method = handler.Method.Name.StartsWith('<') ? "" : "." + TrimAsync(handler.Method.Name);
        return new RouteTaken(kind, (type?.Name ?? "?") + method);
    }

    public static RouteTaken Flow(string kind, string flowName) => new(kind, "flow:" + flowName);

    private static string TrimAsync(string name) => name.EndsWith("Async", StringComparison.Ordinal) ? name[..^5] : name;
}
