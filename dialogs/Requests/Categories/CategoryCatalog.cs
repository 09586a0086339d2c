using System.Globalization;
using System.Text.RegularExpressions;
using NrwBot.Dialogs.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NrwBot.Dialogs.Requests.Categories;

/// <summary>
/// The request categories from the content file <c>requests/categories.yml</c>. Loading checks the whole file and
/// reports every problem with its line, so the LKS can fix an edit in one go instead of one error per restart.
/// </summary>
public sealed partial class CategoryCatalog
{
    private static readonly HashSet<string> KnownFields = ["id", "title", "description", "keywords", "examples", "fallback"];

    public CategoryCatalog(IReadOnlyList<RequestCategory> categories)
    {
        Categories = categories;
        Fallback = categories.Single(category => category.IsFallback);
    }

    public IReadOnlyList<RequestCategory> Categories { get; }

    public RequestCategory Fallback { get; }

    public RequestCategory? ById(string id) => Categories.FirstOrDefault(category => category.Id == id);

    public static CategoryCatalog Load(string path)
    {
        if (!File.Exists(path)) throw new ContentException(ContentTexts.Categories, [new ContentProblem(path, 0, CategoryTexts.FileMissing.German)]);
        return Parse(File.ReadAllText(path), path);
    }

    public static CategoryCatalog Parse(string yaml, string fileName)
    {
        var errors = new FileErrors(fileName);
        var categories = ReadCategories(yaml, errors);
        if (errors.Count == 0) CheckWhole(categories, errors);
        if (errors.Count > 0) throw new ContentException(ContentTexts.Categories, errors.Problems);
        return new CategoryCatalog(categories.Select(parsed => parsed.Category).ToList());
    }

    private static List<ParsedCategory> ReadCategories(string yaml, FileErrors errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            errors.Add(exception.Start.Line, CategoryTexts.SyntaxError.German, exception.Message);
            return [];
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("categories"), out var list) || list is not YamlSequenceNode sequence)
        {
            errors.Add(1, CategoryTexts.RootMustHaveCategories.German);
            return [];
        }
        var categories = new List<ParsedCategory>();
        foreach (var node in sequence)
        {
            var category = ReadCategory(node, errors);
            if (category is not null) categories.Add(category);
        }
        return categories;
    }

    private static ParsedCategory? ReadCategory(YamlNode node, FileErrors errors)
    {
        if (node is not YamlMappingNode mapping)
        {
            errors.Add(node.Start.Line, CategoryTexts.CategoryMustBeMapping.German);
            return null;
        }
        var fields = new CategoryFields(mapping, errors) { Label = $"in Zeile {mapping.Start.Line.ToString(CultureInfo.InvariantCulture)}" };
        var id = fields.Text("id");
        if (id is not null) fields.Label = $"„{id}“";
        var label = fields.Label;
        fields.ReportUnknown(KnownFields);
        var title = fields.Text("title");
        var description = fields.Text("description");
        var keywords = fields.List("keywords", required: false);
        var examples = fields.List("examples", required: false);
        var isFallback = fields.Flag("fallback");
        if (id is not null && !IdPattern().IsMatch(id)) errors.Add(fields.LineOf("id"), CategoryTexts.BadId.German, id);
        if (keywords.Count == 0 && !isFallback) errors.Add(mapping.Start.Line, CategoryTexts.NoKeywords.German, label);
        if (id is null || title is null || description is null) return null;
        var category = new RequestCategory(id, title, description) { Keywords = keywords, Examples = examples, IsFallback = isFallback };
        return new ParsedCategory(category, mapping.Start.Line);
    }

    private static void CheckWhole(List<ParsedCategory> categories, FileErrors errors)
    {
        if (categories.Count == 0)
        {
            errors.Add(1, CategoryTexts.NoCategories.German);
            return;
        }
        var firstLineOfId = new Dictionary<string, long>();
        foreach (var parsed in categories)
        {
            if (firstLineOfId.TryGetValue(parsed.Category.Id, out var firstLine))
                errors.Add(parsed.Line, CategoryTexts.DuplicateId.German, parsed.Category.Id, firstLine.ToString(CultureInfo.InvariantCulture));
            else firstLineOfId[parsed.Category.Id] = parsed.Line;
        }
        var fallbacks = categories.Count(parsed => parsed.Category.IsFallback);
        if (fallbacks != 1) errors.Add(categories[0].Line, CategoryTexts.FallbackCount.German, fallbacks.ToString(CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    private sealed record ParsedCategory(RequestCategory Category, long Line);
}
