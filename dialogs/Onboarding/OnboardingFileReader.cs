using System.Globalization;
using NrwBot.Dialogs.Conversation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using NrwBot.Dialogs.Content;

namespace NrwBot.Dialogs.Onboarding;

/// <summary>
/// Reads one step file: YAML front matter between two "---" lines, then Markdown. Every problem is reported
/// with the file and the line it is on, in German, so the LKS can fix the file without a developer.
/// </summary>
internal sealed class OnboardingFileReader(string file, IReadOnlySet<string>? knownArticles, List<ContentProblem> problems)
    : YamlFieldReader(file, FrontMatter.LineOffset, problems)
{
    /// <summary>Articles and links together: with Erledigt, Später and Frage dazu that makes six buttons, all Teams shows on a phone.</summary>
    public const int MaxExtraButtons = 3;
    private static readonly string[] AllowedKeys = ["id", "title", "order", "minutes", "status", "links", "articles", "check", "personal"];

    private YamlMappingNode? _root;

    public OnboardingStep? Read(string text)
    {
        if (FrontMatter.Split(text, out var missing) is not { } frontMatter)
        {
            return missing == FrontMatter.Missing.NotClosed
                ? Fail(1, OnboardingTexts.FileHeadNotClosed.German)
                : Fail(1, OnboardingTexts.FileNoHead.German);
        }
        if (frontMatter.Body.Length == 0) Problem(frontMatter.ClosingLine + 1, OnboardingTexts.FileNoBody.German);
        var map = LoadMapping(frontMatter.Yaml, frontMatter.ClosingLine);
        return map is null ? null : ReadStep(map, frontMatter.Body);
    }

    private YamlMappingNode? LoadMapping(string yaml, int closingLine)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map) return _root = map;
            Problem(2, OnboardingTexts.FileHeadNotFields.German);
            return null;
        }
        catch (YamlException error)
        {
            Problem((int)error.Start.Line + FrontMatter.LineOffset, ContentTexts.YamlError.Format(error.InnerException?.Message ?? error.Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, when the head ends inside an open [ or {.
            Problem(closingLine, OnboardingTexts.FileHeadUnfinished.German);
            return null;
        }
    }

    private OnboardingStep? ReadStep(YamlMappingNode map, string body)
    {
        var before = ProblemCount;
        CheckKeys(map, AllowedKeys);
        var id = Id(map);
        var title = Required(map, "title");
        var order = Number(map, "order", 1, 999);
        var minutes = Number(map, "minutes", 1, 240);
        var status = Required(map, "status");
        var parsedStatus = ContentStatuses.Parse(status?.Value);
        if (status is not null && parsedStatus is null) Problem(status, ContentTexts.BadStatus.German);
        var personal = Optional(map, "personal");
        if (personal is not null && personal.Value != "contacts") Problem(personal, OnboardingTexts.FileBadPersonal.German);
        var check = ReadCheck(map);
        var links = ReadLinks(map);
        var articles = ReadArticles(map);
        if (links.Count + articles.Count > MaxExtraButtons)
            Problem(Node(map, "articles") ?? Node(map, "links")!, OnboardingTexts.FileTooManyButtons.Format(MaxExtraButtons));
        if (ProblemCount > before) return null;
        return new OnboardingStep
        {
            Id = id!.Value!, Title = title!.Value!, Order = order!.Value, Minutes = minutes!.Value, Body = body, Check = check!,
            Links = links, Articles = articles, ShowsContacts = personal is not null, IsSample = parsedStatus == ContentStatus.Beispiel, File = File,
        };
    }

    private StepCheck? ReadCheck(YamlMappingNode map)
    {
        var node = Node(map, "check");
        if (node is null) { Problem(1, OnboardingTexts.FileNoCheck.German); return null; }
        if (node is not YamlMappingNode check) { Problem(node, OnboardingTexts.FileBadCheck.German); return null; }
        var kind = Required(check, "kind", "check.kind");
        var text = Required(check, "text", "check.text");
        var answer = Optional(check, "answer");
        StepCheckKind? parsed = kind?.Value switch { "question" => StepCheckKind.Question, "task" => StepCheckKind.Task, _ => null };
        if (kind is not null && parsed is null) Problem(kind, OnboardingTexts.FileBadCheckKind.German);
        return parsed is null || text is null ? null : new StepCheck(parsed.Value, text.Value!, answer?.Value);
    }

    private List<ReplyLink> ReadLinks(YamlMappingNode map)
    {
        var links = new List<ReplyLink>();
        foreach (var item in Sequence(map, "links"))
        {
            if (item is not YamlMappingNode link) { Problem(item, OnboardingTexts.FileBadLink.German); continue; }
            var title = Required(link, "title", "links.title");
            var url = Required(link, "url", "links.url");
            if (url is not null && !IsAllowedUrl(url.Value!)) Problem(url, OnboardingTexts.FileBadUrl.Format(url.Value));
            else if (title is not null && url is not null) links.Add(new ReplyLink(title.Value!, url.Value!));
        }
        return links;
    }

    private List<string> ReadArticles(YamlMappingNode map)
    {
        var articles = new List<string>();
        foreach (var item in Sequence(map, "articles"))
        {
            if (item is not YamlScalarNode { Value: { Length: > 0 } id }) { Problem(item, OnboardingTexts.FileBadArticles.German); continue; }
            if (knownArticles is not null && !knownArticles.Contains(id)) Problem(item, OnboardingTexts.FileUnknownArticle.Format(id));
            else articles.Add(id);
        }
        return articles;
    }

    private IEnumerable<YamlNode> Sequence(YamlMappingNode map, string key)
    {
        var node = Node(map, key);
        if (node is null) return [];
        if (node is YamlSequenceNode sequence) return sequence.Children;
        Problem(node, OnboardingTexts.FileMustBeList.Format(key));
        return [];
    }



    private int? Number(YamlMappingNode map, string key, int min, int max)
    {
        var node = Required(map, key);
        if (node is null) return null;
        if (int.TryParse(node.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max) return number;
        Problem(node, OnboardingTexts.FileBadNumber.Format(key, min, max, node.Value));
        return null;
    }


    private static bool IsAllowedUrl(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    /// <summary>A field missing from the head is reported on its first line; one missing from a nested entry on the entry's line.</summary>
    protected override int MissingLine(YamlMappingNode map) => map == _root ? 1 : base.MissingLine(map);

    private OnboardingStep? Fail(int fileLine, string message)
    {
        Problem(fileLine, message);
        return null;
    }
}
