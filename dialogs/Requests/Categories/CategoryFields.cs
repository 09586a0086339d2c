using YamlDotNet.RepresentationModel;

namespace NrwBot.Dialogs.Requests.Categories;

/// <summary>Reads the fields of one category mapping, reporting each wrong field with its line.</summary>
internal sealed class CategoryFields(YamlMappingNode mapping, FileErrors errors)
{
    public string Label { get; set; } = "";

    public long LineOf(string field) => Node(field)?.Start.Line ?? mapping.Start.Line;

    public string? Text(string field)
    {
        var node = Node(field);
        if (node is null) return Missing(field);
        if (node is not YamlScalarNode scalar)
        {
            errors.Add(node.Start.Line, CategoryTexts.FieldMustBeText.German, Label, field);
            return null;
        }
        return string.IsNullOrWhiteSpace(scalar.Value) ? Missing(field) : scalar.Value.Trim();
    }

    public IReadOnlyList<string> List(string field, bool required)
    {
        var node = Node(field);
        if (node is null)
        {
            if (required) Missing(field);
            return [];
        }
        if (node is not YamlSequenceNode sequence)
        {
            errors.Add(node.Start.Line, CategoryTexts.FieldMustBeList.German, Label, field);
            return [];
        }
        var entries = new List<string>();
        foreach (var entry in sequence)
        {
            if (entry is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value)) entries.Add(value.Trim());
            else errors.Add(entry.Start.Line, CategoryTexts.ListEntryMustBeText.German, Label, field);
        }
        return entries;
    }

    public bool Flag(string field)
    {
        var node = Node(field);
        if (node is null) return false;
        if (node is YamlScalarNode { Value: "true" or "false" } scalar) return scalar.Value == "true";
        errors.Add(node.Start.Line, CategoryTexts.BadFallback.German, Label);
        return false;
    }

    public void ReportUnknown(IReadOnlySet<string> known)
    {
        foreach (var key in mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name)) errors.Add(key.Start.Line, CategoryTexts.UnknownField.German, Label, name);
        }
    }

    private YamlNode? Node(string field) =>
        mapping.Children.TryGetValue(new YamlScalarNode(field), out var node) ? node : null;

    private string? Missing(string field)
    {
        errors.Add(mapping.Start.Line, CategoryTexts.FieldMissing.German, Label, field);
        return null;
    }
}
