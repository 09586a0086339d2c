using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace NrwBot.Dialogs.Content;

/// <summary>
/// The field checks every YAML content file shares (onboarding steps, calendar entries): unknown fields, required
/// and optional single values, lists and ids, each problem reported as a <see cref="ContentProblem"/> on the line
/// the LKS has to open, in the same German words for every file.
/// </summary>
/// <param name="lineOffset">Lines before the YAML starts in the file (a front matter's opening "---").</param>
public abstract partial class YamlFieldReader(string file, int lineOffset, List<ContentProblem> problems)
{
    protected string File => file;

    /// <summary>How many problems have been reported so far: an entry with more after reading it is left out.</summary>
    protected int ProblemCount => problems.Count;

    protected void Problem(YamlNode node, string message) => Problem((int)node.Start.Line + lineOffset, message);

    protected void Problem(int line, string message) => problems.Add(new ContentProblem(file, line, message));

    protected static YamlNode? Node(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    protected void CheckKeys(YamlMappingNode map, IReadOnlyCollection<string> allowed)
    {
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>().Where(key => !allowed.Contains(key.Value!)))
            Problem(key, ContentTexts.UnknownField.Format(key.Value, string.Join(", ", allowed)));
    }

    /// <summary>A field that must be there, with a non-empty single value; <paramref name="label"/> names a nested field ("check.kind").</summary>
    protected YamlScalarNode? Required(YamlMappingNode map, string key, string? label = null)
    {
        var node = Optional(map, key, label);
        if (node is null && Node(map, key) is null) Problem(MissingLine(map), ContentTexts.MissingField.Format(label ?? key));
        return node;
    }

    /// <summary>A field that may be missing; when it is there it needs a non-empty single value.</summary>
    protected YamlScalarNode? Optional(YamlMappingNode map, string key, string? label = null)
    {
        var node = Node(map, key);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } value } scalar && value.Trim().Length > 0) return scalar;
        Problem(node, ContentTexts.EmptyField.Format(label ?? key));
        return null;
    }

    /// <summary>The required "id": lower-case letters, digits and hyphens, as in file names and card data.</summary>
    protected YamlScalarNode? Id(YamlMappingNode map)
    {
        var id = Required(map, "id");
        if (id is not null && !IdPattern().IsMatch(id.Value!)) Problem(id, ContentTexts.BadId.Format(id.Value));
        return id;
    }

    /// <summary>Where a missing field is reported: on the line of the entry that lacks it.</summary>
    protected virtual int MissingLine(YamlMappingNode map) => (int)map.Start.Line + lineOffset;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
