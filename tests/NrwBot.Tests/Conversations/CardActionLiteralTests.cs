using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Flows;
using NrwBot.Dialogs.Routing;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Conversations;

/// <summary>
/// Every card verb and data key is written once: the verbs come from the production route table, the keys from the
/// typed card actions (<see cref="ICardAction{TSelf}"/>) and the few key constants of the features; the source of
/// <c>dialogs/</c> and <c>bot/</c> must hold each verb as a literal exactly once and read or write card data only
/// through those constants.
/// </summary>
public sealed partial class CardActionLiteralTests
{
    private static readonly Lazy<IReadOnlyList<(string Path, string Text)>> Sources = new(() =>
        new[] { "dialogs", "bot" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => (Path.GetRelativePath(RepositoryRoot(), path), File.ReadAllText(path)))
            .ToList());

    private static async Task<RouteTable> ProductionRoutesAsync(BotTestHost host)
    {
        _ = host.Services.GetRequiredService<TurnRouter>();
        return await Task.FromResult(host.Services.GetRequiredService<RouteTable>());
    }

    [Fact]
    public async Task Every_routed_card_verb_is_a_literal_in_exactly_one_place()
    {
        await using var host = await BotTestHost.StartAsync();
        var routes = await ProductionRoutesAsync(host);
        // A flow's verbs are built from its name; see the next test.
        var verbs = routes.RoutedVerbs.ToList();
        Assert.Contains("kb.open", verbs);
        Assert.Contains("requests.start", verbs);
        Assert.True(verbs.Count > 30, string.Join(", ", verbs));

        var wrong = verbs
            .Select(verb => (verb, Places: Occurrences("\"" + verb + "\"")))
            .Where(entry => entry.Places.Count != 1)
            .Select(entry => $"{entry.verb}: {entry.Places.Count}× ({string.Join(", ", entry.Places)})")
            .ToList();

        Assert.True(wrong.Count == 0, "Card verbs written more than once (or not as a literal):\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task A_flows_verbs_are_built_from_its_one_name_and_never_written_out()
    {
        await using var host = await BotTestHost.StartAsync();
        var routes = await ProductionRoutesAsync(host);
        var flowNames = routes.FlowNames.ToList();
        Assert.Contains("profile", flowNames);
        Assert.Contains("intake", flowNames);

        foreach (var name in flowNames)
        {
            Assert.Single(Occurrences($"FlowName = \"{name}\""));
            foreach (var suffix in new[] { ".submit", ".cancel", ".confirm", FormFlow.EditSuffix })
                Assert.Empty(Occurrences("\"" + name + suffix + "\""));
        }
    }

    [Fact]
    public void Card_data_is_read_and_written_only_through_the_key_constants_of_the_card_actions()
    {
        var keys = CardDataKeys().ToList();
        Assert.Contains(("OpenArticle", "qid"), keys);
        Assert.Contains(("ShowContact", "id"), keys);

        // Each action type declares each of its keys once.
        Assert.All(keys.GroupBy(key => key), group => Assert.Single(group));

        // Nobody reads a value or builds card data with a written-out key.
        var literalAccess = Sources.Value
            .SelectMany(source => LiteralKeyAccess().Matches(source.Text).Select(match => $"{source.Path}: {match.Value}"))
            .ToList();
        Assert.True(literalAccess.Count == 0, "Card data with a written-out key (use the card action's key constant):\n" + string.Join("\n", literalAccess));
    }

    [Fact]
    public void The_source_scan_sees_a_written_out_verb_and_key()
    {
        Assert.Matches(LiteralKeyAccess(), "var id = turn.Input.Value(\"id\");");
        Assert.Matches(LiteralKeyAccess(), "new ReplyAction(name, verb, new Dictionary<string, string> { [\"topic\"] = topic.Id })");
        Assert.DoesNotMatch(LiteralKeyAccess(), "turn.Input.Value(OpenStep.StepKey)");
        Assert.Single(Occurrences("\"kb.open\""));
        Assert.NotEmpty(Sources.Value);
    }

    /// <summary>(action type, key) for every data key constant of a card action or a feature's verb class.</summary>
    private static IEnumerable<(string Type, string Key)> CardDataKeys() => typeof(ICardAction<>).Assembly.GetTypes()
        .Where(type => type.GetInterfaces().Any(face => face.IsGenericType && face.GetGenericTypeDefinition() == typeof(ICardAction<>))
            || type.Name.EndsWith("Verbs", StringComparison.Ordinal))
        .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string) && field.Name.EndsWith("Key", StringComparison.Ordinal))
            .Select(field => (type.Name, (string)field.GetRawConstantValue()!)));

    private static List<string> Occurrences(string literal) => Sources.Value
        .SelectMany(source => Enumerable.Range(0, Count(source.Text, literal)).Select(_ => source.Path))
        .ToList();

    private static int Count(string text, string literal)
    {
        var count = 0;
        for (var index = text.IndexOf(literal, StringComparison.Ordinal); index >= 0; index = text.IndexOf(literal, index + literal.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "dialogs"))) directory = directory.Parent;
        return directory?.FullName ?? throw new DirectoryNotFoundException("repository root with dialogs/ not found");
    }

    /// <summary>turn.Input.Value("x"), Values["x"], Values.TryGetValue("x", …), or card data built as Dictionary&lt;string, string&gt; { ["x"] = … }.</summary>
    [GeneratedRegex("""(?:\bValue\([ \t]*"[^"]*"[ \t]*\)|\bValues\[[ \t]*"[^"]*"[ \t]*\]|\bValues\.TryGetValue\([ \t]*"|Dictionary<string, string>[ \t]*\{[ \t]*\[[ \t]*"[^"]*"[ \t]*\][ \t]*=)""")]
    private static partial Regex LiteralKeyAccess();
}
