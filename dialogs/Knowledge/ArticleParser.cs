using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using NrwBot.Dialogs.Content;

namespace NrwBot.Dialogs.Knowledge;

/// <summary>An article as parsed from one file, with the lines the cross-file checks point at.</summary>
internal sealed record ParsedArticle(KnowledgeArticle Article, int IdLine, IReadOnlyList<int> QuestionLines);

/// <summary>
/// Reads one Markdown file with YAML front matter. Every problem is reported with the line in the file
/// (not in the front matter), because that is where the LKS opens the editor.
/// </summary>
internal static partial class ArticleParser
{
    private const int MinimumQuestions = 3;

    private static readonly HashSet<string> KnownFields =
        ["id", "title", "questions", "tags", "source", "forms", "reviewed", "valid_until", "status"];

    public static ParsedArticle? Parse(string file, string text, List<KnowledgeIssue> issues)
    {
        if (FrontMatter.Split(text, out var missing) is not { } frontMatter)
        {
            issues.Add(new(file, 1, missing == FrontMatter.Missing.NotClosed ? KnowledgeTexts.FrontMatterNotClosed.German : KnowledgeTexts.NoFrontMatter.German));
            return null;
        }
        var root = LoadYaml(file, frontMatter.Yaml, issues);
        if (root is null) return null;
        return new Reader(file, root, issues).Read(frontMatter.Body, closingLine: frontMatter.ClosingLine);
    }

    private static int FileLine(Mark mark) => (int)mark.Line + FrontMatter.LineOffset;

    private static YamlMappingNode? LoadYaml(string file, string yaml, List<KnowledgeIssue> issues)
    {
        if (SyntaxError(yaml) is { } error)
        {
            issues.Add(new(file, error.Line, KnowledgeTexts.BrokenYaml.Format(error.Message)));
            return null;
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            issues.Add(new(file, FileLine(exception.Start), KnowledgeTexts.BrokenYaml.Format(InnermostMessage(exception))));
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            issues.Add(new(file, 2, KnowledgeTexts.FrontMatterNotMapping.German));
            return null;
        }
        return root;
    }

    /// <summary>
    /// Walks the YAML events first: for some malformed input YamlDotNet throws without a position, and then the
    /// end of the last good event is the best line to point at.
    /// </summary>
    private static (int Line, string Message)? SyntaxError(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var lastGood = new Mark();
        try
        {
            while (parser.MoveNext()) lastGood = parser.Current!.End;
            return null;
        }
        catch (YamlException exception)
        {
            return (FileLine(exception.Start), InnermostMessage(exception));
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            return (FileLine(lastGood), exception.Message);
        }
    }

    private static string InnermostMessage(Exception exception)
    {
        while (exception.InnerException is not null) exception = exception.InnerException;
        return exception.Message;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    /// <summary>Reads the fields of one front matter, collecting every problem instead of stopping at the first.</summary>
    private sealed class Reader(string file, YamlMappingNode root, List<KnowledgeIssue> issues)
    {
        private bool _failed;

        public ParsedArticle? Read(string body, int closingLine)
        {
            ReportUnknownFields();
            var (id, idLine) = Id();
            var title = RequiredText("title");
            var (questions, questionLines) = Questions();
            var source = RequiredText("source");
            var reviewed = Date("reviewed", required: true);
            var validUntil = Date("valid_until", required: false);
            var status = Status();
            var forms = Forms();
            if (body.Length == 0) Fail(closingLine, KnowledgeTexts.EmptyBody.German);
            if (_failed) return null;
            var article = new KnowledgeArticle
            {
                Id = id!, Title = title!, Questions = questions, Tags = Texts("tags"), Source = source!, Forms = forms,
                Reviewed = reviewed!.Value, ValidUntil = validUntil, Status = status!.Value,
                Body = body, PlainBody = KnowledgeArticle.PlainTextOf(body), File = file,
            };
            return new ParsedArticle(article, idLine, questionLines);
        }

        private void Fail(int line, string message)
        {
            issues.Add(new(file, line, message));
            _failed = true;
        }

        /// <summary>The line of a field's name, or the first line when the field is missing.</summary>
        private int KeyLine(string key) =>
            root.Children.Keys.FirstOrDefault(node => node is YamlScalarNode { Value: var name } && name == key) is { } found ? FileLine(found.Start) : 1;

        private YamlNode? Node(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

        private void ReportUnknownFields()
        {
            foreach (var key in root.Children.Keys)
            {
                if (key is YamlScalarNode { Value: { } name } && !KnownFields.Contains(name))
                    Fail(FileLine(key.Start), KnowledgeTexts.UnknownField.Format(name));
            }
        }

        private (string? Id, int Line) Id()
        {
            var node = Node("id");
            if (node is not YamlScalarNode { Value: { Length: > 0 } id })
            {
                Fail(node is null ? 1 : FileLine(node.Start), KnowledgeTexts.MissingId.German);
                return (null, 1);
            }
            if (!IdPattern().IsMatch(id)) Fail(FileLine(node.Start), KnowledgeTexts.InvalidId.Format(id));
            return (id, FileLine(node.Start));
        }

        private string? RequiredText(string key)
        {
            var node = Node(key);
            if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value)) return value.Trim();
            Fail(node is null ? 1 : FileLine(node.Start), KnowledgeTexts.MissingField.Format(key));
            return null;
        }

        private (IReadOnlyList<string> Questions, IReadOnlyList<int> Lines) Questions()
        {
            var node = Node("questions");
            var items = node is YamlSequenceNode sequence
                ? sequence.Children.OfType<YamlScalarNode>().Where(item => !string.IsNullOrWhiteSpace(item.Value)).ToList()
                : [];
            if (items.Count < MinimumQuestions)
                Fail(KeyLine("questions"), KnowledgeTexts.TooFewQuestions.Format(MinimumQuestions, items.Count));
            return (items.Select(item => item.Value!.Trim()).ToList(), items.Select(item => FileLine(item.Start)).ToList());
        }

        private IReadOnlyList<string> Texts(string key) => Node(key) is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlScalarNode>().Select(item => item.Value ?? "").Where(value => value.Length > 0).ToList()
            : [];

        private DateOnly? Date(string key, bool required)
        {
            var node = Node(key);
            if (node is null)
            {
                if (required) Fail(1, KnowledgeTexts.MissingField.Format(key));
                return null;
            }
            if (node is YamlScalarNode { Value: { } value }
                && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return date;
            Fail(FileLine(node.Start), KnowledgeTexts.InvalidDate.Format(key));
            return null;
        }

        private ContentStatus? Status()
        {
            var node = Node("status");
            var status = ContentStatuses.Parse((node as YamlScalarNode)?.Value);
            if (status is null) Fail(node is null ? 1 : FileLine(node.Start), KnowledgeTexts.InvalidStatus.German);
            return status;
        }

        private IReadOnlyList<ArticleForm> Forms()
        {
            if (Node("forms") is not YamlSequenceNode sequence) return [];
            var forms = new List<ArticleForm>();
            foreach (var item in sequence.Children)
            {
                var name = Field(item, "name");
                var url = Field(item, "url");
                if (string.IsNullOrWhiteSpace(name?.Value) || !IsWebAddress(url?.Value))
                    Fail(FileLine(item.Start), KnowledgeTexts.InvalidForm.German);
                else
                    forms.Add(new ArticleForm(name.Value!.Trim(), url!.Value!.Trim()));
            }
            return forms;
        }

        private static YamlScalarNode? Field(YamlNode item, string key) =>
            item is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value as YamlScalarNode : null;

        private static bool IsWebAddress(string? value) =>
            Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
    }
}
