using NrwBot.Dialogs.Onboarding;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace NrwBot.Host.Onboarding;

/// <summary>
/// The ids and titles of the knowledge articles, read from the front matter of <c>content/knowledge/*.md</c>, for the
/// article buttons of the step cards and for checking the steps' article ids. An absent folder means no check.
/// </summary>
public sealed class KnowledgeFolderTitles : IArticleTitles
{
    private readonly Dictionary<string, string> _titles;

    private KnowledgeFolderTitles(Dictionary<string, string> titles) => _titles = titles;

    public IReadOnlySet<string> Ids => _titles.Keys.ToHashSet(StringComparer.Ordinal);

    public string? TitleOf(string articleId) => _titles.GetValueOrDefault(articleId);

    public static KnowledgeFolderTitles Load(string folder)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return new KnowledgeFolderTitles(titles);
        var reader = new DeserializerBuilder().IgnoreUnmatchedProperties().Build();
        foreach (var file in Directory.GetFiles(folder, "*.md"))
        {
            if (FrontMatter(File.ReadAllText(file)) is not { } yaml) continue;
            try
            {
                var head = reader.Deserialize<ArticleHead?>(yaml);
                if (head?.Id is { Length: > 0 } id) titles[id] = head.Title ?? id;
            }
            catch (YamlException)
            {
                // The knowledge feature reports broken articles itself; here the article just has no title.
            }
        }
        return new KnowledgeFolderTitles(titles);
    }

    private static string? FrontMatter(string text)
    {
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        if (lines.Length < 2 || lines[0].Trim() != "---") return null;
        var close = Array.FindIndex(lines, 1, line => line.Trim() == "---");
        return close < 0 ? null : string.Join("\n", lines[1..close]);
    }

    private sealed class ArticleHead
    {
        [YamlMember(Alias = "id")] public string? Id { get; set; }
        [YamlMember(Alias = "title")] public string? Title { get; set; }
    }
}
