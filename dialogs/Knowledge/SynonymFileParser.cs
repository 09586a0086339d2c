using NrwBot.Dialogs.Language;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>Reads synonyms.yml: a list "groups" of term lists. A term may stand in one group only.</summary>
internal static class SynonymFileParser
{
    public static IReadOnlyList<SynonymGroup> Parse(string file, string text, List<KnowledgeIssue> issues)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            issues.Add(new(file, (int)exception.Start.Line, KnowledgeTexts.BrokenYaml.Format(exception.Message)));
            return [];
        }
        var groupsNode = stream.Documents.FirstOrDefault()?.RootNode is YamlMappingNode root
            && root.Children.TryGetValue(new YamlScalarNode("groups"), out var node) ? node as YamlSequenceNode : null;
        if (groupsNode is null)
        {
            issues.Add(new(file, 1, KnowledgeTexts.SynonymsWithoutGroups.German));
            return [];
        }
        return ReadGroups(file, groupsNode, issues);
    }

    private static List<SynonymGroup> ReadGroups(string file, YamlSequenceNode groupsNode, List<KnowledgeIssue> issues)
    {
        var groups = new List<SynonymGroup>();
        var firstLineOfTerm = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in groupsNode.Children)
        {
            var line = (int)item.Start.Line;
            var terms = item is YamlSequenceNode sequence
                ? sequence.Children.OfType<YamlScalarNode>().Select(term => term.Value?.Trim() ?? "").Where(term => term.Length > 0).ToList()
                : [];
            if (terms.Count < 2)
            {
                issues.Add(new(file, line, KnowledgeTexts.SynonymGroupTooSmall.German));
                continue;
            }
            foreach (var term in terms.DistinctBy(GermanText.FoldText))
            {
                var key = GermanText.FoldText(term);
                if (firstLineOfTerm.TryGetValue(key, out var firstLine))
                    issues.Add(new(file, line, KnowledgeTexts.SynonymTwice.Format(term, firstLine)));
                else
                    firstLineOfTerm[key] = line;
            }
            groups.Add(new SynonymGroup(terms, line));
        }
        return groups;
    }
}
